'use strict';
// A response's status code is one space and exactly three digits after the version
// (node's llhttp 9): fewer digits, none, a second space or a letter in their place is
// HPE_INVALID_STATUS 'Invalid status code', with bytesParsed at the first byte that is
// not a digit, lenient parser or not. A code with no reason phrase ended by a bare LF
// is HPE_INVALID_STATUS 'Invalid response status' unless the parser is lenient, as
// is a fourth digit or another byte after three.
// Three digits of any value are taken (000, 099). (Found by the differential wire
// fuzzer: 'HTTP/1.1 \n00 OK' answered; llhttp 8 read 'HTTP/1.1 \r\n' as status 0.)
const common = require('../common');
const assert = require('assert');
const net = require('net');
const http = require('http');

// What a client makes of an answer: its status, or its error's code, reason and
// bytesParsed.
function fetch(answer, insecureHTTPParser) {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end(answer));
    });
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', insecureHTTPParser }, (res) => {
        res.resume();
        res.on('end', () => server.close(() => resolve(`status ${res.statusCode}`)));
      });
      req.on('error', (err) => server.close(() => resolve(`${err.code} ${err.reason} ${err.bytesParsed}`)));
    });
  });
}

const rest = 'Content-Length: 0\r\n\r\n';
const cases = [
  // [status line, strict answer, lenient answer]
  ['HTTP/1.1 20 OK\r\n', 'HPE_INVALID_STATUS Invalid status code 11'],
  ['HTTP/1.1 2 OK\r\n', 'HPE_INVALID_STATUS Invalid status code 10'],
  ['HTTP/1.1 20\r\n', 'HPE_INVALID_STATUS Invalid status code 11'],
  ['HTTP/1.1 \r\n', 'HPE_INVALID_STATUS Invalid status code 9'],
  ['HTTP/1.1 \n', 'HPE_INVALID_STATUS Invalid status code 9'],
  ['HTTP/1.1 \n00 OK\r\n', 'HPE_INVALID_STATUS Invalid status code 9'],
  ['HTTP/1.1  200 OK\r\n', 'HPE_INVALID_STATUS Invalid status code 9'],
  ['HTTP/1.1 200\n', 'HPE_INVALID_STATUS Invalid response status 13', 'status 200'],
  ['HTTP/1.1 x00 OK\r\n', 'HPE_INVALID_STATUS Invalid status code 9'],
  ['HTTP/1.1 \r00 OK\r\n', 'HPE_INVALID_STATUS Invalid status code 9'],
  ['HTTP/1.1 2\r0 OK\r\n', 'HPE_INVALID_STATUS Invalid status code 10'],
  ['HTTP/1.1 20\r\r\n', 'HPE_INVALID_STATUS Invalid status code 11'],
  ['HTTP/1.1 20x OK\r\n', 'HPE_INVALID_STATUS Invalid status code 11'],
  ['HTTP/1.1 200x OK\r\n', 'HPE_INVALID_STATUS Invalid response status 12'],
  ['HTTP/1.1 2000 OK\r\n', 'HPE_INVALID_STATUS Invalid response status 12'],
  ['HTTP/1.1 200\r\n', 'status 200'],
  ['HTTP/1.1 099 OK\r\n', 'status 99'],
  ['HTTP/1.1 000 OK\r\n', 'status 0'],
];

(async () => {
  for (const [line, strict, lenient = strict] of cases) {
    assert.strictEqual(await fetch(line + rest, false), strict, JSON.stringify(line));
    assert.strictEqual(await fetch(line + rest, true), lenient, `${JSON.stringify(line)} (lenient)`);
  }
})().then(common.mustCall());
