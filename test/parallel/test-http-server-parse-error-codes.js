'use strict';
// The server's parse errors carry node's codes and reasons, and an error found in a
// body comes after the 'request' for its head.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = [
  // [raw request, expected events]
  ['GET / HTTP/1.1\r\nHost: a\r\n\rZ\r\n\r\n',
   ['clientError HPE_STRICT Expected LF after headers']],
  ['GET / HTTP/1.1\r\nDummy: Header\rContent-Length: 1\r\n\r\n',
   ['clientError HPE_LF_EXPECTED Missing expected LF after header value']],
  ['POST / HTTP/1.1\r\nHost: a\r\nx:\rTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\n0\r\n\r\n',
   ['clientError HPE_STRICT Expected LF after CR']],
  ['POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n',
   ["clientError HPE_INVALID_CONTENT_LENGTH Content-Length can't be present with Transfer-Encoding"]],
  ['POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n',
   ["clientError HPE_INVALID_TRANSFER_ENCODING Transfer-Encoding can't be present with Content-Length"]],
  ['POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunkedchunked\r\n\r\n1\r\nA\r\n0\r\n\r\n',
   ['request', 'clientError HPE_INVALID_TRANSFER_ENCODING Request has invalid `Transfer-Encoding`']],
  ['GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\r;ABCD\r\n34\r\nE\r\n0\r\n\r\n',
   ['request', 'clientError HPE_STRICT Expected LF after chunk size']],
  ['GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;' + 'a'.repeat(17000) + '\r\nAA\r\n0\r\n\r\n',
   ['request', 'clientError HPE_CHUNK_EXTENSIONS_OVERFLOW Chunk extensions overflow']],
  // Extensions are limited per chunk, not per message.
  ['GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n' +
   ('2;' + 'a'.repeat(10000) + '=b\r\nAA\r\n').repeat(3) + '0\r\n\r\n',
   ['request', 'data 6', 'end']],
];

function run(i) {
  if (i === cases.length) return;
  const [raw, expected] = cases[i];
  const events = [];
  const server = http.createServer((req, res) => {
    events.push('request');
    let n = 0;
    req.on('data', (d) => n += d.length);
    req.on('end', () => {
      events.push(`data ${n}`, 'end');
      res.end();
    });
  });
  server.on('clientError', (err, socket) => {
    events.push(`clientError ${err.code} ${err.reason}`);
    assert.strictEqual(err.message, `Parse Error: ${err.reason}`);
    socket.destroy();
  });
  server.listen(0, common.mustCall(() => {
    const client = net.connect(server.address().port);
    client.resume();
    client.on('close', common.mustCall(() => {
      assert.deepStrictEqual(events, expected, `case ${i}`);
      server.close();
      run(i + 1);
    }));
    client.end(raw);
  }));
}
run(0);
