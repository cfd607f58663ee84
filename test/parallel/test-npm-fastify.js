'use strict';
// fastify from npm (it requires node:http2 as it loads): routes with params and
// query, a JSON body echoed, the 404 handler, hooks, and close(). `make npm-packages`
// installs it; without it the test is skipped.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let Fastify;
try {
  Fastify = fixtureRequire('fastify');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (Fastify) {
  const app = Fastify({ logger: false });
  const seen = [];
  app.addHook('onRequest', async (req) => { seen.push(req.url); });
  app.get('/hello/:name', async (req) => ({ hi: req.params.name, q: req.query.x }));
  app.post('/echo', async (req) => req.body);
  app.listen({ port: 0, host: '127.0.0.1' }).then(common.mustCall(async (address) => {
    const hello = await fetch(`${address}/hello/eddy?x=1`);
    assert.strictEqual(hello.status, 200);
    assert.match(hello.headers.get('content-type'), /^application\/json/);
    assert.deepStrictEqual(await hello.json(), { hi: 'eddy', q: '1' });
    const echo = await fetch(`${address}/echo`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":[1,2]}',
    });
    assert.deepStrictEqual(await echo.json(), { a: [1, 2] });
    const missing = await fetch(`${address}/missing`);
    assert.strictEqual(missing.status, 404);
    assert.deepStrictEqual(await missing.json(),
                           { message: 'Route GET:/missing not found', error: 'Not Found', statusCode: 404 });
    assert.deepStrictEqual(seen, ['/hello/eddy?x=1', '/echo', '/missing']);
    await app.close();
  }));
}
