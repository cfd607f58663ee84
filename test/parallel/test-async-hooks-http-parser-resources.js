'use strict';
// While a hook is enabled, each server connection's parser is an
// HTTPINCOMINGMESSAGE resource and each client request's an HTTPCLIENTREQUEST
// one; both report 'destroy' once the parser is released.
const common = require('../common');
const assert = require('node:assert');
const async_hooks = require('node:async_hooks');
const http = require('node:http');

const inits = new Map();
const destroyed = [];
async_hooks.createHook({
  init(id, type) {
    if (type === 'HTTPINCOMINGMESSAGE' || type === 'HTTPCLIENTREQUEST') inits.set(id, type);
  },
  destroy(id) {
    if (inits.has(id)) destroyed.push(inits.get(id));
  },
}).enable();

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual([...inits.values()].sort(), ['HTTPCLIENTREQUEST', 'HTTPINCOMINGMESSAGE']);
  assert.deepStrictEqual(destroyed.sort(), ['HTTPCLIENTREQUEST', 'HTTPINCOMINGMESSAGE']);
});
