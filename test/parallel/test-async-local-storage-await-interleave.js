'use strict';
// Two contexts that take turns awaiting promises the other one settles (the way
// request handlers of one server interleave) each keep their own store.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const resolvers = [];
function turn() {
  return new Promise((resolve) => resolvers.push(resolve));
}

async function handler(id) {
  for (let i = 0; i < 5; i++) {
    assert.strictEqual(als.getStore().id, id);
    await turn();
  }
  assert.strictEqual(als.getStore().id, id);
}

als.run({ id: 'a' }, common.mustCall(() => handler('a')));
als.run({ id: 'b' }, common.mustCall(() => handler('b')));
// Whoever runs last settles the others' promises from its own context.
const timer = setInterval(() => {
  als.run({ id: 'settler' }, () => {
    if (resolvers.length === 0) return clearInterval(timer);
    for (const resolve of resolvers.splice(0)) resolve();
  });
}, 1);

// The same over HTTP: each request's store survives awaits on work other
// requests settle.
const http = require('http');
const server = http.createServer(common.mustCall((req, res) => {
  als.run({ url: req.url }, async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
      assert.strictEqual(als.getStore().url, req.url);
    }
    res.end(als.getStore().url);
  });
}, 4));
server.listen(0, common.mustCall(async () => {
  const { port } = server.address();
  const get = (path) => new Promise((resolve, reject) => {
    http.get({ port, path }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
  const paths = ['/1', '/2', '/3', '/4'];
  assert.deepStrictEqual(await Promise.all(paths.map(get)), paths);
  server.close();
}));
