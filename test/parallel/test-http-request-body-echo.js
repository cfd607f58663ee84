'use strict';
// Request bodies arrive intact whatever their framing: chunked (several writes, a
// multi-byte character split across chunks) and Content-Length (one 200 KB buffer),
// and are echoed back byte for byte.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    res.setHeader('X-Framing', req.headers['transfer-encoding'] ? 'chunked' : 'length');
    res.end(Buffer.concat(chunks));
  });
}, 2));

function post(headers, parts, cb) {
  const req = http.request({ port: server.address().port, method: 'POST', headers, agent: false }, (res) => {
    const chunks = [];
    res.on('data', (d) => chunks.push(d));
    res.on('end', () => cb(res, Buffer.concat(chunks)));
  });
  for (const p of parts) req.write(p);
  req.end();
}

server.listen(0, common.mustCall(() => {
  const euro = Buffer.from('€');
  post({}, ['abc', euro.subarray(0, 1), euro.subarray(1), 'xyz'], common.mustCall((res, body) => {
    assert.strictEqual(res.headers['x-framing'], 'chunked');
    assert.strictEqual(body.toString(), 'abc€xyz');
    const big = Buffer.alloc(200 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    post({ 'Content-Length': big.length }, [big], common.mustCall((res2, body2) => {
      assert.strictEqual(res2.headers['x-framing'], 'length');
      assert.ok(body2.equals(big));
      server.close();
    }));
  }));
}));
