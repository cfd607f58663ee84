'use strict';
// fetch decodes gzip, deflate (zlib-wrapped or raw), br and stacked codings, and
// rejects with the signal's reason on abort.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  const codings = { '/gzip': zlib.gzipSync, '/deflate': zlib.deflateSync, '/br': zlib.brotliCompressSync };
  if (codings[req.url]) {
    res.writeHead(200, { 'content-encoding': req.url.slice(1) });
    return res.end(codings[req.url](`body ${req.url}`));
  }
  if (req.url === '/multi') {
    res.writeHead(200, { 'content-encoding': 'deflate, gzip' });
    return res.end(zlib.gzipSync(zlib.deflateSync('two codings')));
  }
  if (req.url === '/rawdeflate') {
    res.writeHead(200, { 'content-encoding': 'deflate' });
    return res.end(zlib.deflateRawSync('raw deflate'));
  }
  if (req.url === '/bad') {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    return res.end('not gzip');
  }
  if (req.url === '/slow') {
    res.write('part');
    return; // never ends
  }
});
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const c of ['gzip', 'deflate', 'br']) {
    const r = await fetch(`${base}/${c}`);
    assert.strictEqual(r.headers.get('content-encoding'), c);
    assert.strictEqual(await r.text(), `body /${c}`);
  }
  assert.strictEqual(await (await fetch(`${base}/multi`)).text(), 'two codings');
  assert.strictEqual(await (await fetch(`${base}/rawdeflate`)).text(), 'raw deflate');
  await assert.rejects((await fetch(`${base}/bad`)).text(), (err) => {
    assert.strictEqual(err.message, 'terminated');
    assert.strictEqual(err.cause.code, 'Z_DATA_ERROR');
    return true;
  });
  const ac = new AbortController();
  const p = fetch(`${base}/hang`, { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', message: 'This operation was aborted' });
  await assert.rejects(fetch(base, { signal: AbortSignal.abort(new Error('mine')) }), { message: 'mine' });

  const ac2 = new AbortController();
  const r = await fetch(`${base}/slow`, { signal: ac2.signal });
  const reader = r.body.getReader();
  const first = await reader.read();
  assert.strictEqual(Buffer.from(first.value).toString(), 'part');
  ac2.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });
  server.closeAllConnections();
  server.close();
}));
