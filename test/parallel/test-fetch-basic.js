'use strict';
// fetch over http: status, headers, url, text/json/arrayBuffer/bytes/blob, body stream.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('set-cookie', ['a=1', 'b=2']);
  res.setHeader('content-type', 'application/json');
  res.setHeader('x-multi', ['1', '2']);
  res.end(JSON.stringify({ method: req.method, url: req.url, ua: req.headers['user-agent'], accept: req.headers.accept }));
});
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/x?y=1#frag`);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.statusText, 'OK');
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.type, 'basic');
  assert.strictEqual(r.redirected, false);
  assert.strictEqual(r.url, `${base}/x?y=1`);
  assert.deepStrictEqual(r.headers.getSetCookie(), ['a=1', 'b=2']);
  assert.strictEqual(r.headers.get('x-multi'), '1, 2');
  assert.strictEqual(r.bodyUsed, false);
  assert.deepStrictEqual(await r.json(), { method: 'GET', url: '/x?y=1', ua: 'node', accept: '*/*' });
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });
  assert.throws(() => r.headers.set('a', 'b'), { name: 'TypeError', message: 'immutable' });

  const ab = await (await fetch(base)).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  const bytes = await (await fetch(base)).bytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.strictEqual(Buffer.from(ab).toString(), Buffer.from(bytes).toString());
  const blob = await (await fetch(base)).blob();
  assert.strictEqual(blob.type, 'application/json');
  assert.strictEqual(blob.size, ab.byteLength);

  const s = await fetch(base);
  let n = 0;
  for await (const chunk of s.body) {
    assert.strictEqual(chunk.constructor, Uint8Array);
    n += chunk.byteLength;
  }
  assert.strictEqual(n, ab.byteLength);
  assert.strictEqual(s.bodyUsed, true);

  const head = await fetch(base, { method: 'HEAD' });
  assert.strictEqual(head.body, null);
  server.close();
}));
