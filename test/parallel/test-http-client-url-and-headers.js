'use strict';
// http.get with a URL string, request headers given as an array (sent as written, no Host
// added), the
// client's Host and Connection headers, and writeHead with a flat header array (a
// repeated name sent twice).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/array') {
    assert.deepStrictEqual(req.rawHeaders.slice(0, 4), ['X-One', '1', 'X-One', '2']);
    res.writeHead(200, ['X-Two', 'a', 'X-Two', 'b', 'Content-Length', '2']);
    res.end('ok');
    return;
  }
  assert.strictEqual(req.url, '/path?q=1');
  assert.strictEqual(req.headers.host, `127.0.0.1:${server.address().port}`);
  assert.strictEqual(req.headers.connection, 'keep-alive');
  res.end('url');
}, 2));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get(`http://127.0.0.1:${port}/path?q=1`, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      const req = http.request({ port, path: '/array', headers: ['X-One', '1', 'X-One', '2', 'Host', 'here'] }, common.mustCall((r2) => {
        assert.strictEqual(r2.statusCode, 200);
        assert.deepStrictEqual(r2.rawHeaders.slice(0, 4), ['X-Two', 'a', 'X-Two', 'b']);
        assert.strictEqual(r2.headers['content-length'], '2');
        assert.strictEqual(r2.headers['x-two'], 'a, b');
        r2.resume();
        r2.on('end', () => {
          http.globalAgent.destroy();
          server.close();
        });
      }));
      req.end();
    }));
  }));
}));
