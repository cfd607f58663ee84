'use strict';
// Strings written to a TLS socket arrive as the bytes Buffer.from(string, encoding)
// gives: UTF-8 and Latin-1, one-byte and two-byte strings, short and long ones.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const writes = [
  ['plain ascii', 'utf8'],
  ['h\u00e9llo \u20ac', 'utf8'],
  ['h\u00e9llo', 'latin1'],
  ['\u20ac is cut to one byte', 'latin1'],
  ['x'.repeat(9000) + '\u00ff', 'utf8'],
  ['y'.repeat(9000) + '\u00ff', 'latin1'],
  ['\u4e2d'.repeat(5000), 'utf8'],
  ['ascii in a two-byte string \u20ac'.slice(0, -1), 'utf8'],
  ['', 'utf8'],
  ['end', 'ascii'],
];
const expected = Buffer.concat(writes.map(([s, enc]) => Buffer.from(s, enc)));

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks), expected);
    socket.end();
    server.close();
  }));
}));

server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.caCert }, common.mustCall(() => {
    for (const [s, enc] of writes) c.write(s, enc);
    c.end();
  }));
  c.resume();
}));
