'use strict';
// resolveAny() of a malformed answer (more answers announced than sent) fails
// rather than reporting no data: EBADRESP, or ETIMEOUT where c-ares drops it.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');
const dns = require('node:dns');

const server = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg, { address, port }) => {
  let end = 12;
  while (msg[end] !== 0) end += msg[end] + 1;
  end += 5; // the root label, QTYPE, QCLASS
  const header = Buffer.from(msg.subarray(0, 12));
  header.writeUInt16BE(0x8180, 2); // a response, recursion available
  header.writeUInt16BE(1, 4); // one question
  header.writeUInt16BE(2, 6); // two answers announced...
  header.writeUInt32BE(0, 8);
  const answer = Buffer.from([0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 123, 0, 4, 1, 2, 3, 4]); // ...one sent
  server.send(Buffer.concat([header, msg.subarray(12, end), answer]), port, address);
}));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const resolver = new dns.Resolver({ timeout: 100, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.address().port}`]);
  resolver.resolveAny('example.org', common.mustCall((err) => {
    assert.match(err.code, /^(?:EBADRESP|ETIMEOUT)$/);
    assert.strictEqual(err.syscall, 'queryAny');
    assert.strictEqual(err.hostname, 'example.org');
    server.close();
  }));
}));
