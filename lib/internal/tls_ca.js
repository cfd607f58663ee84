'use strict';
// The CA certificates of tls.getCACertificates() and tls.setDefaultCACertificates():
// 'bundled' (eddy has no Mozilla bundle of its own: OpenSSL's default file stands in,
// also as tls.rootCertificates), 'system' (OpenSSL's default file and directories),
// 'extra' (NODE_EXTRA_CA_CERTS) and 'default' (what a context without `ca` trusts).
// Each list is read once and handed out frozen, the same array every time.

const binding = internalBinding('tls_wrap');
const { Buffer } = require('buffer');

let bundled;
let system;
let extra;
let defaults;
let extraOk;

function bundledCertificates() {
  // node's compiled-in strings end at the END line.
  bundled ??= Object.freeze([...new Set(binding.rootCertificates().map((s) => s.trimEnd()))]);
  return bundled;
}

function systemCertificates() {
  system ??= Object.freeze(binding.caSystemCertificates());
  return system;
}

// NODE_EXTRA_CA_CERTS as read at the first use; a file that cannot be read is
// ignored with node's warning.
function extraCertificates() {
  if (extra) return extra;
  const file = process.env.NODE_EXTRA_CA_CERTS;
  let list = [];
  extraOk = false;
  if (file) {
    try {
      list = binding.caFileCertificates(file);
      extraOk = true;
    } catch (err) {
      require('fs').writeSync(2, `Warning: Ignoring extra certs from \`${file}\`, load failed: ${err.message}\n`);
    }
  }
  extra = Object.freeze(list);
  return extra;
}

// The NODE_EXTRA_CA_CERTS file for the default store, when it could be read.
function extraCertsFile() {
  extraCertificates();
  return extraOk ? process.env.NODE_EXTRA_CA_CERTS : undefined;
}

// --use-system-ca (last of it and --no-use-system-ca wins) or NODE_USE_SYSTEM_CA=1
// adds the system store.
function useSystemCA() {
  const args = require('internal/options').commandLineArgs();
  let on = process.env.NODE_USE_SYSTEM_CA === '1';
  for (const a of args) {
    if (a === '--use-system-ca') on = true;
    else if (a === '--no-use-system-ca') on = false;
  }
  return on;
}

function getCACertificates(type = 'default') {
  require('internal/validators').validateString(type, 'type');
  switch (type) {
    case 'default':
      defaults ??= Object.freeze([...bundledCertificates(), ...(useSystemCA() ? systemCertificates() : []),
                                  ...extraCertificates()]);
      return defaults;
    case 'bundled': return bundledCertificates();
    case 'system': return systemCertificates();
    case 'extra': return extraCertificates();
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_VALUE('type', type);
}

function setDefaultCACertificates(certs) {
  const { codes } = require('internal/errors');
  if (!Array.isArray(certs)) throw new codes.ERR_INVALID_ARG_TYPE('certs', 'Array', certs);
  const bytes = certs.map((c, i) => {
    if (typeof c === 'string') return Buffer.from(c);
    if (ArrayBuffer.isView(c)) return new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
    throw new codes.ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], c);
  });
  const pems = binding.caParse(bytes);
  if (bytes.length > 0 && pems.length === 0) {
    throw new codes.ERR_CRYPTO_OPERATION_FAILED('No valid certificates found in the provided array');
  }
  binding.caSetDefault(bytes);
  defaults = Object.freeze(pems);
}

module.exports = { getCACertificates, setDefaultCACertificates, bundledCertificates, extraCertsFile };
