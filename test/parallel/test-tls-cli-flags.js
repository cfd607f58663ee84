'use strict';
// node's TLS command-line flags set tls.DEFAULT_MIN_VERSION / DEFAULT_MAX_VERSION /
// DEFAULT_CIPHERS (and crypto.constants.defaultCipherList); --tls-min-v1.3 with
// --tls-max-v1.2 is refused. secureProtocol names and their errors.
require('../common');
const assert = require('assert');
const { execFileSync, spawnSync } = require('child_process');
const tls = require('tls');

const run = (...args) => execFileSync(process.execPath, [...args, '-p',
  "[tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, require('crypto').constants.defaultCipherList].join(' ')"],
{ encoding: 'utf8' }).trim();

const core = require('crypto').constants.defaultCoreCipherList;
assert.strictEqual(run(), `TLSv1.2 TLSv1.3 ${core}`);
assert.strictEqual(run('--tls-min-v1.0'), `TLSv1 TLSv1.3 ${core}`);
assert.strictEqual(run('--tls-min-v1.3'), `TLSv1.3 TLSv1.3 ${core}`);
assert.strictEqual(run('--tls-max-v1.2', '--tls-cipher-list=ABC'), 'TLSv1.2 TLSv1.2 ABC');
assert.strictEqual(tls.DEFAULT_CIPHERS, core);

const conflict = spawnSync(process.execPath, ['--tls-min-v1.3', '--tls-max-v1.2', '-p', '1'], { encoding: 'utf8' });
assert.strictEqual(conflict.status, 9);
assert.match(conflict.stderr, /either --tls-min-v1\.3 or --tls-max-v1\.2 can be used, not both/);

for (const [secureProtocol, message] of [
  ['SSLv2_method', 'SSLv2 methods disabled'],
  ['SSLv3_client_method', 'SSLv3 methods disabled'],
  ['hokey-pokey', 'Unknown method: hokey-pokey'],
]) {
  assert.throws(() => tls.createSecureContext({ secureProtocol }), {
    name: 'TypeError', code: 'ERR_TLS_INVALID_PROTOCOL_METHOD', message,
  });
}
assert.throws(() => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }), {
  code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  message: 'TLS protocol version "TLSv1.2" conflicts with secureProtocol "TLSv1_2_method"',
});
tls.createSecureContext({ secureProtocol: 'TLSv1_2_method' });
tls.createSecureContext({ secureProtocol: 'TLS_server_method' });

// The widest version flag wins, whatever the order (node's rule, not the last one).
assert.strictEqual(run('--tls-min-v1.0', '--tls-min-v1.1'), `TLSv1 TLSv1.3 ${core}`);
assert.strictEqual(run('--tls-min-v1.1', '--tls-min-v1.0'), `TLSv1 TLSv1.3 ${core}`);
assert.strictEqual(run('--tls-max-v1.2', '--tls-max-v1.3'), `TLSv1.2 TLSv1.3 ${core}`);
