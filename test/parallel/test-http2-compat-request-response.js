'use strict';
// The compatibility API: a 'request' listener gets Http2ServerRequest and
// Http2ServerResponse (headers, body, setHeader, writeHead, end).
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer(common.mustCall((req, res) => {
  assert.ok(req instanceof http2.Http2ServerRequest);
  assert.ok(res instanceof http2.Http2ServerResponse);
  assert.strictEqual(req.method, 'PUT');
  assert.strictEqual(req.url, '/item?id=1');
  assert.strictEqual(req.httpVersion, '2.0');
  assert.strictEqual(req.scheme, 'http');
  assert.strictEqual(req.headers['x-client'], 'yes');
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.headersSent, false);
  res.setHeader('X-Set', 'one');
  res.setHeader('set-cookie', ['a=1', 'b=2']);
  assert.strictEqual(res.getHeader('x-set'), 'one');
  assert.deepStrictEqual(res.getHeaderNames(), ['x-set', 'set-cookie']);
  assert.strictEqual(res.hasHeader('X-SET'), true);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    res.writeHead(201, { 'content-type': 'text/plain' });
    assert.strictEqual(res.headersSent, true);
    assert.strictEqual(res.statusCode, 201);
    res.end(`stored ${body}`);
  }));
  res.on('finish', common.mustCall());
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'PUT', ':path': '/item?id=1', 'x-client': 'yes' });
  req.on('response', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 201);
    assert.strictEqual(headers['x-set'], 'one');
    assert.deepStrictEqual(headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(headers['content-type'], 'text/plain');
  }));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'stored data');
    client.close();
    server.close();
  }));
  req.end('data');
}));
