'use strict';
// Argument checks node makes at the TLS API's edges: passphrase, handshakeTimeout,
// checkServerIdentity, setMaxSendFragment, convertALPNProtocols (a copy of any view's
// bytes; the long-protocol message), TLSSocket over a non-stream; and
// checkServerIdentity's reading of quoted alt names and IP ranges.
require('../common');
const assert = require('assert');
const tls = require('tls');
const EventEmitter = require('events');

assert.throws(() => tls.createSecureContext({ key: 'k', passphrase: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.passphrase" property must be of type string. Received type number (1)',
});
assert.throws(() => tls.createServer({ handshakeTimeout: 'abcd' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.handshakeTimeout" property must be of type number. Received type string (\'abcd\')',
});
for (const checkServerIdentity of [undefined, null, 1]) {
  assert.throws(() => tls.connect({ port: 1, checkServerIdentity }), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "options\.checkServerIdentity" property must be of type function/,
  });
}
assert.throws(() => new tls.TLSSocket(new EventEmitter()), { name: 'TypeError', message: 'stream.pause is not a function' });

const socket = new tls.TLSSocket(null);
assert.throws(() => socket.setMaxSendFragment('1'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "size" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => socket.setMaxSendFragment(NaN), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "size" is out of range. It must be an integer. Received NaN',
});
assert.strictEqual(socket.setMaxSendFragment(511), false);
assert.strictEqual(socket.setMaxSendFragment(16385), false);
assert.strictEqual(socket.setMaxSendFragment(1024), true);
socket.destroy();

{
  const view = new Uint16Array([0x6261, 0x6463]);
  const out = {};
  tls.convertALPNProtocols(view, out);
  assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('abcd'));
  out.ALPNProtocols[0] = 0;
  assert.strictEqual(view[0], 0x6261);
  assert.throws(() => tls.convertALPNProtocols(['a', 'b'.repeat(300)], {}), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The byte length of the protocol at index 1 exceeds the maximum length. It must be <= 255. Received 300',
  });
}

// Alt names: a JSON-quoted value may hold a comma; an IP range is no address.
assert.strictEqual(tls.checkServerIdentity('a,b.example.com',
                                           { subjectaltname: 'DNS:"a\\u002cb.example.com", DNS:x.example.com' }),
                   undefined);
assert.strictEqual(tls.checkServerIdentity('8.8.8.8', { subjectaltname: 'IP Address:8.8.8.0/24, IP Address:1.2.3.4' }).reason,
                   "IP: 8.8.8.8 is not in the cert's list: , 1.2.3.4");
assert.throws(() => tls.checkServerIdentity('a.com', { subjectaltname: 'DNS:"a.com' }), {
  name: 'SyntaxError', code: 'ERR_TLS_CERT_ALTNAME_FORMAT', message: 'Invalid subject alternative name string',
});
