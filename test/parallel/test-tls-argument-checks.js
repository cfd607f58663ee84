'use strict';
// tls.getCACertificates(type) and server.setTicketKeys(keys) check their argument as node does.
require('../common');
const assert = require('node:assert');
const tls = require('node:tls');

for (const type of [1, null, true, () => {}]) {
  assert.throws(() => tls.getCACertificates(type), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "type" argument must be of type string\./,
  });
}
assert.throws(() => tls.getCACertificates('nope'), { code: 'ERR_INVALID_ARG_VALUE' });

const server = new tls.Server();
for (const keys of [null, undefined, 1, 'x', {}, []]) {
  assert.throws(() => server.setTicketKeys(keys), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const keys of [new Uint8Array(1), Buffer.alloc(47), new DataView(new ArrayBuffer(2))]) {
  assert.throws(() => server.setTicketKeys(keys), {
    name: 'Error',
    code: 'ERR_INTERNAL_ASSERTION',
    message: 'Session ticket keys must be a 48-byte buffer\nThis is caused by either a bug in Node.js ' +
      'or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at ' +
      'https://github.com/nodejs/node/issues\n',
  });
}
const keys = Buffer.alloc(48, 7);
server.setTicketKeys(new Uint8Array(keys));
assert.deepStrictEqual(server.getTicketKeys(), keys);
