'use strict';
// An exception thrown by a request handler is an uncaught exception, as in node; a
// process that handles it keeps serving.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let count = 0;
const server = http.createServer((req, res) => {
  if (count++ === 0) throw new Error('boom');
  res.end('fine');
});
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'boom');
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => assert.strictEqual(d, 'fine'));
    res.on('end', () => {
      // The first request never got an answer: drop its connection too.
      server.closeAllConnections();
      server.close();
    });
  }));
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }).on('error', () => {});
}));
