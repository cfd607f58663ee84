'use strict';
// Requests with few and with very many headers arrive whole and in order, as
// rawHeaders and as headers.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const counts = [0, 1, 30, 62, 63, 100, 300]; // 62: 128 names and values, the most passed as arguments
const seen = [];
const server = http.createServer((req, res) => {
  seen.push(req.rawHeaders);
  res.end(JSON.stringify(req.headers));
});

function send(port, count, done) {
  const headers = {};
  for (let i = 0; i < count; i++) headers[`x-h${i}`] = `v${i}`;
  http.get({ port, headers, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200, `count ${count}`);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => done(JSON.parse(body))));
  }));
}

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  let i = 0;
  const next = () => {
    if (i === counts.length) return server.close();
    const count = counts[i++];
    send(port, count, (headers) => {
      const raw = seen.at(-1);
      // Ours, then host and connection, which http.get adds.
      assert.strictEqual(raw.length, 2 * count + 4);
      for (let k = 0; k < count; k++) {
        assert.strictEqual(raw[2 * k], `x-h${k}`);
        assert.strictEqual(raw[2 * k + 1], `v${k}`);
        assert.strictEqual(headers[`x-h${k}`], `v${k}`);
      }
      assert.deepStrictEqual(raw.slice(2 * count), ['Host', `localhost:${port}`, 'Connection', 'close']);
      next();
    });
  };
  next();
}));
