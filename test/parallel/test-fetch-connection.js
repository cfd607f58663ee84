'use strict';
// fetch's connection handling: keep-alive reuse of one socket, a body cut short by
// the server ('terminated'), undici's request header order, blob: URLs.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const sockets = new Set();
const server = http.createServer((req, res) => {
  sockets.add(req.socket);
  if (req.url === '/reset') {
    res.writeHead(200, { 'content-length': 100 });
    res.write('partial');
    setTimeout(() => req.socket.destroy(), 20);
    return;
  }
  res.end(JSON.stringify(req.rawHeaders.filter((_, i) => i % 2 === 0)));
});
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const names = await (await fetch(base, { headers: { 'X-A': '1' } })).json();
  assert.deepStrictEqual(names, ['host', 'connection', 'X-A', 'accept', 'accept-language',
                                 'sec-fetch-mode', 'user-agent', 'accept-encoding']);
  await (await fetch(base)).text();
  await (await fetch(base)).text();
  assert.ok(sockets.size <= 2);

  const r = await fetch(`${base}/reset`);
  await assert.rejects(r.text(), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'terminated');
    assert.strictEqual(err.cause.code, 'UND_ERR_SOCKET');
    return true;
  });

  const url = URL.createObjectURL(new Blob(['blobby'], { type: 'x/y' }));
  const b = await fetch(url);
  assert.deepStrictEqual([...b.headers], [['content-length', '6'], ['content-type', 'x/y']]);
  assert.strictEqual(await b.text(), 'blobby');
  server.close();
}));
