'use strict';
// node's rules for repeated request headers: set-cookie collects an array, cookie joins
// with '; ', some (content-type, host, user-agent...) keep the first, others join with ', ';
// headersDistinct keeps every value; joinDuplicateHeaders joins everything.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const raw = 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nSet-Cookie: s=1\r\nset-cookie: s=2\r\n' +
  'Cookie: a=1\r\nCookie: b=2\r\nContent-Type: text/a\r\nContent-Type: text/b\r\n' +
  'Accept: x\r\nAccept: y\r\nUser-Agent: u1\r\nUser-Agent: u2\r\nConnection: close\r\n\r\n';

function check(options, expect, done) {
  const server = http.createServer(options, common.mustCall((req, res) => {
    assert.deepStrictEqual({ ...req.headers }, expect);
    assert.deepStrictEqual(req.headersDistinct.host, ['a', 'b']);
    assert.deepStrictEqual(req.headersDistinct['set-cookie'], ['s=1', 's=2']);
    res.end();
  }));
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => c.end(raw));
    c.resume();
    c.on('close', () => {
      server.close();
      done();
    });
  });
}

check({}, {
  'host': 'a', 'set-cookie': ['s=1', 's=2'], 'cookie': 'a=1; b=2', 'content-type': 'text/a',
  'accept': 'x, y', 'user-agent': 'u1', 'connection': 'close',
}, common.mustCall(() => {
  check({ joinDuplicateHeaders: true }, {
    'host': 'a, b', 'set-cookie': ['s=1', 's=2'], 'cookie': 'a=1; b=2', 'content-type': 'text/a, text/b',
    'accept': 'x, y', 'user-agent': 'u1, u2', 'connection': 'close',
  }, common.mustCall());
}));
