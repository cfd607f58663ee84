'use strict';
// Consecutive responses whose heads differ in one part each (a value, a header's
// presence, the status, a value whose text changes between calls of its toString)
// each go out with their own head.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let calls = 0;
const changing = { toString() { calls++; return `v${calls}`; } };
const responses = [
  (res) => res.writeHead(200, { 'Content-Type': 'text/plain' }),
  (res) => res.writeHead(200, { 'Content-Type': 'text/html' }),
  (res) => res.writeHead(200, { 'Content-Type': 'text/plain' }),
  (res) => res.writeHead(201, { 'Content-Type': 'text/plain' }),
  (res) => res.writeHead(200, { 'Content-Type': 'text/plain', 'X-A': 1 }),
  (res) => res.writeHead(200, { 'Content-Type': 'text/plain', 'X-A': '1' }),
  (res) => res.writeHead(200, { 'Content-Type': 'text/plain', 'X-A': 2 }),
  (res) => res.writeHead(200, { 'X-B': changing }),
  (res) => res.writeHead(200, { 'X-B': changing }),
  (res) => { res.setHeader('X-C', ['a', 'b']); res.writeHead(200); },
  (res) => { res.setHeader('X-C', ['a', 'c']); res.writeHead(200); },
  (res) => res.writeHead(200, { 'Content-Type': 'text/plain' }),
];
const expected = [
  ['200', 'text/plain', undefined, undefined, undefined],
  ['200', 'text/html', undefined, undefined, undefined],
  ['200', 'text/plain', undefined, undefined, undefined],
  ['201', 'text/plain', undefined, undefined, undefined],
  ['200', 'text/plain', '1', undefined, undefined],
  ['200', 'text/plain', '1', undefined, undefined],
  ['200', 'text/plain', '2', undefined, undefined],
  ['200', undefined, undefined, 'v2', undefined],
  ['200', undefined, undefined, 'v4', undefined],
  ['200', undefined, undefined, undefined, 'a, b'],
  ['200', undefined, undefined, undefined, 'a, c'],
  ['200', 'text/plain', undefined, undefined, undefined],
];

let i = 0;
const server = http.createServer((req, res) => {
  responses[i++](res);
  res.end('ok');
});

server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let n = 0;
  const next = () => {
    http.get({ port: server.address().port, agent }, common.mustCall((res) => {
      const h = res.headers;
      assert.deepStrictEqual(
        [String(res.statusCode), h['content-type'], h['x-a'], h['x-b'], h['x-c']], expected[n],
        `response ${n}`);
      res.resume();
      res.on('end', () => {
        if (++n < responses.length) return next();
        agent.destroy();
        server.close();
      });
    }));
  };
  next();
}));
