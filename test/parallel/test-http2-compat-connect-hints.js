'use strict';
// The http2 compatibility API: a CONNECT request goes to 'connect' listeners (and is
// answered 405 when there are none), writeEarlyHints sends a 103 whose Link header
// joins the given values (nothing for an empty list; an invalid value throws), and
// res.cork()/uncork() cork the stream.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.writeEarlyHints({ link: 42 }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.strictEqual(res.writeEarlyHints({ link: [] }), false);
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload; as=script'] });
  res.cork();
  assert.strictEqual(res.writableCorked, 1);
  res.write('a');
  res.uncork();
  assert.strictEqual(res.writableCorked, 0);
  res.end('b');
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.on('headers', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 103);
    assert.strictEqual(headers.link, '</a.css>; rel=preload; as=style, </b.js>; rel=preload; as=script');
  }));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => body += chunk);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'ab');
    connectRequest(client, 405, () => {
      server.once('connect', common.mustCall((req, res) => {
        assert.strictEqual(req.method, 'CONNECT');
        assert.strictEqual(req.authority, 'example.com:443');
        res.writeHead(200);
        res.end();
      }));
      connectRequest(client, 200, () => {
        client.close();
        server.close();
      });
    });
  }));
}));

function connectRequest(client, status, next) {
  const req = client.request({ ':method': 'CONNECT', ':authority': 'example.com:443' });
  req.on('response', common.mustCall((headers) => assert.strictEqual(headers[':status'], status)));
  req.resume();
  req.on('close', common.mustCall(next));
  req.end();
}
