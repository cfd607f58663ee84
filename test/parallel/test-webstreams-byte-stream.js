'use strict';
// Readable byte streams: BYOB reads filled by byobRequest.respond(), default reads
// of enqueued views, autoAllocateChunkSize, reads with a wider element type from
// the queue, transfer of enqueued buffers, iteration and Readable.fromWeb.
const common = require('../common');
const assert = require('assert');
const log = [];
const L = (s) => log.push(s);
(async () => {
  // BYOB read with a pull that fills the request
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      L('pull byobRequest ' + (req ? req.view.byteLength : null) + ' desired ' + c.desiredSize);
      if (n >= 3) { c.close(); if (req) req.respond(0); return; }
      if (req) { req.view[0] = 65 + n; req.view[1] = 97 + n; req.respond(2); } else { c.enqueue(new Uint8Array([48 + n])); }
      n++;
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let buf = new ArrayBuffer(8);
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(buf, 0, 8));
    L('read ' + (value && Array.from(value).join(',')) + ' done ' + done + ' len ' + (value && value.byteLength));
    if (done) break;
    buf = value.buffer;
  }
  // default reader on a byte stream with enqueue and autoAllocate
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.enqueue(new Uint16Array([258])); c.close(); } });
  const r2 = rs2.getReader();
  for (;;) { const { value, done } = await r2.read(); if (done) break; L('r2 ' + value.constructor.name + ' ' + Array.from(value)); }
  const rs3 = new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 4, pull(c) { const v = c.byobRequest.view; L('auto view ' + v.byteLength); v[0] = 9; c.byobRequest.respond(1); c.close(); } });
  const r3 = rs3.getReader();
  L('r3 ' + JSON.stringify(await r3.read()) + ' ' + JSON.stringify(await r3.read()));
  // BYOB from queue with min and Uint16Array
  const src = new Uint8Array([1, 2, 3, 4, 5]);
  const rs4 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(src); c.close(); } });
  L('detached ' + src.buffer.detached);
  const r4 = rs4.getReader({ mode: 'byob' });
  const a = await r4.read(new Uint16Array(4));
  L('u16 ' + a.value.constructor.name + ' ' + Array.from(a.value) + ' ' + a.done);
  const b = await r4.read(new Uint8Array(4));
  L('rest ' + Array.from(b.value) + ' ' + b.done);
  const c = await r4.read(new Uint8Array(4));
  L('end ' + c.value.byteLength + ' ' + c.done);
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { L(e.code); }
  try { await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0)); } catch (e) { L(e.name + ' ' + e.code); }
  // for await over byte stream
  const chunks = [];
  for await (const ch of new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([7])); c.close(); } })) chunks.push(Array.from(ch));
  L('iter ' + JSON.stringify(chunks));
  // Readable.fromWeb over a byte stream
  const { Readable } = require('stream');
  const nr = Readable.fromWeb(new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); } }));
  const parts = []; for await (const p of nr) parts.push(p.length);
  L('fromWeb bytes ' + parts);
  assert.deepStrictEqual(log, [
    'pull byobRequest 8 desired 0',
    'read 65,97 done false len 2',
    'pull byobRequest 8 desired 0',
    'read 66,98 done false len 2',
    'pull byobRequest 8 desired 0',
    'read 67,99 done false len 2',
    'pull byobRequest 8 desired 0',
    'read  done true len 0',
    'r2 Uint8Array 1,2,3',
    'r2 Uint8Array 2,1',
    'auto view 4',
    'r3 {"value":{"0":9},"done":false} {"done":true}',
    'detached true',
    'u16 Uint16Array 513,1027 false',
    'rest 5 false',
    'end 0 true',
    'ERR_INVALID_ARG_VALUE',
    'TypeError ERR_INVALID_STATE',
    'iter [[7]]',
    'fromWeb bytes 2',
  ]);
})().then(common.mustCall());
