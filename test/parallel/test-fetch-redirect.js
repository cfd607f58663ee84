'use strict';
// fetch redirects: follow (303/302 POST become GET), manual, error, the limit of 20.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => body += c);
  req.on('end', () => {
    const m = /^\/(\d+)\/(.*)$/.exec(req.url);
    if (m) {
      res.writeHead(Number(m[1]), { location: `/${m[2]}` });
      return res.end();
    }
    if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    res.end(JSON.stringify({ method: req.method, url: req.url, body }));
  });
});
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/302/end`, { method: 'POST', body: 'x' });
  assert.strictEqual(r.redirected, true);
  assert.strictEqual(r.url, `${base}/end`);
  assert.deepStrictEqual(await r.json(), { method: 'GET', url: '/end', body: '' });
  r = await fetch(`${base}/303/end`, { method: 'PUT', body: 'x' });
  assert.deepStrictEqual(await r.json(), { method: 'GET', url: '/end', body: '' });
  r = await fetch(`${base}/307/end`, { method: 'PUT', body: 'x' });
  assert.deepStrictEqual(await r.json(), { method: 'PUT', url: '/end', body: 'x' });
  r = await fetch(`${base}/301/308/end`, { method: 'PATCH', body: 'y' });
  assert.deepStrictEqual(await r.json(), { method: 'PATCH', url: '/end', body: 'y' });

  r = await fetch(`${base}/301/end`, { redirect: 'manual' });
  assert.strictEqual(r.status, 301);
  assert.strictEqual(r.headers.get('location'), '/end');
  assert.strictEqual(r.redirected, false);

  await assert.rejects(fetch(`${base}/302/end`, { redirect: 'error' }), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'unexpected redirect');
    return true;
  });
  await assert.rejects(fetch(`${base}/loop`), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'redirect count exceeded');
    return true;
  });
  server.close();
}));
