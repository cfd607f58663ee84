'use strict';
// A request line, a status line or the blank line that ends a head, ended by a bare LF
// instead of CRLF, is a parse error (node's llhttp 9), with node's code, reason and
// bytesParsed; the lenient parser (insecureHTTPParser) accepts them.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const requests = [
  ['GET / HTTP/1.1\nHost: a\r\n\r\n', 'HPE_INVALID_VERSION', 'Expected CRLF after version', 15],
  ['GET / HTTP/1.1\r\nHost: a\r\n\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header field char', 26],
  ['GET / HTTP/1.1\r\nHost: a\r\nX:  \r\n\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header field char', 32],
];
const responses = [
  ['HTTP/1.1 200 OK\nContent-Length: 2\r\n\r\nhi', 'HPE_CR_EXPECTED', 'Missing expected CR after response line'],
  ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\nhi', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header field char'],
];

// Sends each request to a server; resolves with what the server made of it: the
// error's code, reason and bytesParsed, or 'ok' for a request it answered.
function serve(raw, insecureHTTPParser) {
  return new Promise((resolve) => {
    const server = http.createServer({ insecureHTTPParser }, (req, res) => {
      res.end();
      server.close(() => resolve('ok'));
    });
    server.on('clientError', (err, socket) => {
      socket.destroy();
      server.close(() => resolve(`${err.code} ${err.reason} ${err.bytesParsed}`));
    });
    server.listen(0, '127.0.0.1', () => net.connect(server.address().port, '127.0.0.1').end(raw).resume());
  });
}

// Answers a client with each response; resolves with the client's error or 'ok'.
function fetch(raw, insecureHTTPParser) {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.end(raw).resume());
    server.listen(0, '127.0.0.1', () => {
      http.get({ port: server.address().port, host: '127.0.0.1', insecureHTTPParser }, (res) => {
        res.resume().on('end', () => server.close(() => resolve('ok')));
      }).on('error', (err) => server.close(() => resolve(`${err.code} ${err.reason}`)));
    });
  });
}

(async () => {
  for (const [raw, code, reason, at] of requests) {
    assert.strictEqual(await serve(raw, false), `${code} ${reason} ${at}`, JSON.stringify(raw));
    assert.strictEqual(await serve(raw, true), 'ok', JSON.stringify(raw));
  }
  for (const [raw, code, reason] of responses) {
    assert.strictEqual(await fetch(raw, false), `${code} ${reason}`, JSON.stringify(raw));
    assert.strictEqual(await fetch(raw, true), 'ok', JSON.stringify(raw));
  }
})().then(common.mustCall());
