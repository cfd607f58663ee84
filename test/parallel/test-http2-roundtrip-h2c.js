'use strict';
// A server and a client over h2c (prior knowledge) on one session: GET with headers,
// a POST body echoed, a 404, response trailers and several concurrent streams.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', common.mustCall((stream, headers, flags) => {
  assert.strictEqual(typeof flags, 'number');
  const path = headers[':path'];
  if (path === '/echo') {
    assert.strictEqual(headers[':method'], 'POST');
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', common.mustCall(() => {
      stream.respond({ ':status': 200, 'x-length': Buffer.concat(chunks).length });
      stream.end(Buffer.concat(chunks));
    }));
  } else if (path === '/missing') {
    stream.respond({ ':status': 404 });
    stream.end('not found');
  } else if (path === '/trailers') {
    stream.respond({ ':status': 200 }, { waitForTrailers: true });
    stream.on('wantTrailers', common.mustCall(() => stream.sendTrailers({ 'x-checksum': 'abc' })));
    stream.end('body');
  } else {
    assert.strictEqual(headers[':method'], 'GET');
    assert.strictEqual(headers['x-request'], path.slice(1));
    assert.strictEqual(headers[':scheme'], 'http');
    stream.respond({ ':status': 200, 'content-type': 'text/plain', 'x-path': path });
    stream.end(`hello ${path}`);
  }
}, 8));

function request(client, headers, body) {
  return new Promise((resolve, reject) => {
    const req = client.request(headers);
    const result = { body: '', trailers: null };
    req.setEncoding('utf8');
    req.on('response', (h) => { result.headers = h; });
    req.on('trailers', (t) => { result.trailers = t; });
    req.on('data', (d) => { result.body += d; });
    req.on('end', () => resolve(result));
    req.on('error', reject);
    if (body !== undefined) req.end(body);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);

  const paths = ['/a', '/b', '/c', '/d', '/e'];
  const results = await Promise.all(paths.map((p) => request(client, { ':path': p, 'x-request': p.slice(1) })));
  for (let i = 0; i < paths.length; i++) {
    assert.strictEqual(results[i].headers[':status'], 200);
    assert.strictEqual(results[i].headers['content-type'], 'text/plain');
    assert.strictEqual(results[i].headers['x-path'], paths[i]);
    assert.strictEqual(typeof results[i].headers.date, 'string');
    assert.strictEqual(results[i].body, `hello ${paths[i]}`);
  }

  const payload = 'x'.repeat(100000);
  const echo = await request(client, { ':path': '/echo', ':method': 'POST' }, payload);
  assert.strictEqual(echo.headers['x-length'], '100000');
  assert.strictEqual(echo.body, payload);

  const missing = await request(client, { ':path': '/missing' });
  assert.strictEqual(missing.headers[':status'], 404);
  assert.strictEqual(missing.body, 'not found');

  const withTrailers = await request(client, { ':path': '/trailers' });
  assert.strictEqual(withTrailers.body, 'body');
  assert.strictEqual(withTrailers.trailers['x-checksum'], 'abc');

  client.close(common.mustCall());
  server.close();
}));
