'use strict';
// fetch request bodies: string, URLSearchParams, bytes, Blob, ReadableStream, FormData.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (c) => body += c);
  req.on('end', () => res.end(JSON.stringify({
    body, ct: req.headers['content-type'], len: req.headers['content-length'], te: req.headers['transfer-encoding'],
  })));
});
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const post = async (body, extra) => (await fetch(base, { method: 'POST', body, ...extra })).json();
  assert.deepStrictEqual(await post('héllo'), { body: 'h\xc3\xa9llo', ct: 'text/plain;charset=UTF-8', len: '6' });
  assert.deepStrictEqual(await post(new URLSearchParams({ a: 'b c' })),
                         { body: 'a=b+c', ct: 'application/x-www-form-urlencoded;charset=UTF-8', len: '5' });
  assert.deepStrictEqual(await post(new Uint8Array([65, 66])), { body: 'AB', len: '2' });
  assert.deepStrictEqual(await post(new Uint16Array([0x4443]).buffer), { body: 'CD', len: '2' });
  assert.deepStrictEqual(await post(new Blob(['blob'], { type: 'x/y' })), { body: 'blob', ct: 'x/y', len: '4' });
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('str'));
      c.enqueue(new TextEncoder().encode('eam'));
      c.close();
    },
  });
  assert.deepStrictEqual(await post(stream, { duplex: 'half' }), { body: 'stream', te: 'chunked' });
  await assert.rejects(fetch(base, { method: 'POST', body: new ReadableStream() }),
                       { name: 'TypeError', message: 'RequestInit: duplex option is required when sending a body.' });

  const fd = new FormData();
  fd.append('k', 'v');
  fd.append('f', new Blob(['data'], { type: 'text/x' }), 'f.txt');
  const got = await post(fd);
  const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(got.ct)[1];
  assert.strictEqual(got.body,
                     `--${boundary}\r\nContent-Disposition: form-data; name="k"\r\n\r\nv\r\n` +
                     `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="f.txt"\r\n` +
                     `Content-Type: text/x\r\n\r\ndata\r\n--${boundary}--\r\n`);
  // Response.formData() parses it back.
  const parsed = await new Response(got.body, { headers: { 'content-type': got.ct } }).formData();
  assert.strictEqual(parsed.get('k'), 'v');
  assert.strictEqual(parsed.get('f').name, 'f.txt');
  assert.strictEqual(await parsed.get('f').text(), 'data');
  server.close();
}));
