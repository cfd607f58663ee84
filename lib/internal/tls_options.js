'use strict';
// TLS defaults shared by node:tls and crypto.constants: node's cipher list and the
// TLS command-line flags, read once.

const coreCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// node's TLS command-line flags (from the command line or NODE_OPTIONS): the last
// --tls-min-v* and --tls-max-v* set the default versions, the last --tls-cipher-list
// the default ciphers.
function cliOptions() {
  const args = require('internal/options').commandLineArgs();
  const out = { min: 'TLSv1.2', max: 'TLSv1.3', ciphers: coreCipherList };
  const given = new Set();
  for (let i = 0; i < args.length; i++) {
    const m = /^--tls[-_](min|max)[-_]v(1\.[0-3])$/.exec(args[i]);
    if (m) given.add(`${m[1]}${m[2]}`);
    const c = /^--tls[-_]cipher[-_]list(?:=(.*))?$/.exec(args[i]);
    if (c) out.ciphers = c[1] ?? args[++i];
    const k = /^--tls[-_]keylog(?:=(.*))?$/.exec(args[i]);
    if (k) out.keylog = k[1] ?? args[++i];
  }
  // As node, the widest of the flags given wins, whatever their order.
  if (given.has('min1.0')) out.min = 'TLSv1';
  else if (given.has('min1.1')) out.min = 'TLSv1.1';
  else if (given.has('min1.3')) out.min = 'TLSv1.3';
  if (!given.has('max1.3') && given.has('max1.2')) out.max = 'TLSv1.2';
  return out;
}

const cli = cliOptions();

module.exports = { coreCipherList, cli };
