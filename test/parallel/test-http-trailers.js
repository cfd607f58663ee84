'use strict';
// Trailers both ways: a chunked request's trailers (addTrailers on the client) on
// req.trailers/rawTrailers, and a response's addTrailers() read by the client after 'end'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  req.resume();
  req.on('end', common.mustCall(() => {
    assert.deepStrictEqual(req.rawTrailers, ['X-Sum', '42']);
    assert.deepStrictEqual(req.trailers, { 'x-sum': '42' });
    res.setHeader('Trailer', 'X-Check');
    res.write('body');
    res.addTrailers({ 'X-Check': 'ok' });
    res.end();
  }));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false });
  req.write('abc');
  req.addTrailers({ 'X-Sum': '42' });
  req.end();
  req.on('response', common.mustCall((res) => {
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'body');
      assert.deepStrictEqual(res.rawTrailers, ['X-Check', 'ok']);
      assert.deepStrictEqual(res.trailers, { 'x-check': 'ok' });
      server.close();
    }));
  }));
}));
