'use strict';
// A PerformanceObserver of type 'http' gets an HttpRequest entry per server response and
// an HttpClient entry per client response, with the exchange in their detail.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const obs = new PerformanceObserver((items) => entries.push(...items.getEntries()));
obs.observe({ type: 'http' });

const server = http.createServer((req, res) => {
  res.setHeader('x-a', '1');
  res.end('ok');
});
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, path: '/p' }, common.mustCall((res) => {
    res.resume();
    res.on('end', () => setTimeout(common.mustCall(() => {
      obs.disconnect();
      server.close();
      const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
      assert.deepStrictEqual(Object.keys(byName).sort(), ['HttpClient', 'HttpRequest']);
      for (const e of entries) {
        assert.strictEqual(e.entryType, 'http');
        assert.strictEqual(typeof e.startTime, 'number');
        assert.ok(e.duration >= 0);
      }
      const { req, res: sres } = byName.HttpRequest.detail;
      assert.strictEqual(req.method, 'GET');
      assert.strictEqual(req.url, '/p');
      assert.strictEqual(sres.statusCode, 200);
      assert.strictEqual(sres.statusMessage, 'OK');
      assert.deepStrictEqual({ ...sres.headers }, { 'x-a': '1' });
      const client = byName.HttpClient.detail;
      assert.strictEqual(client.req.url, 'http://localhost/p');
      assert.strictEqual(client.res.statusCode, 200);
      assert.strictEqual(client.res.headers['x-a'], '1');
    }), 50));
  }));
}));
