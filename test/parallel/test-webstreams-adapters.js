'use strict';
// Readable/Writable fromWeb and toWeb, and web streams inside pipeline() and
// finished().
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, finished } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
const sp = require('stream/promises');
const log = [];
const L = (s) => log.push(s);
(async () => {
  const rs = Readable.toWeb(Readable.from(['a', 'b', 'c'], { objectMode: true }));
  const got = []; for await (const c of rs) got.push(c);
  L('toWeb ' + got);
  const r = Readable.fromWeb(ReadableStream.from(['x', 'y']), { objectMode: true });
  L('fromWeb ' + await r.toArray());
  const chunks = [];
  const w = Writable.fromWeb(new WritableStream({ write(c) { chunks.push(c); } }), { objectMode: true });
  w.write('1'); w.end('2');
  await sp.finished(w);
  L('Writable.fromWeb ' + chunks);
  const sink = []; const nodeW = new Writable({ objectMode: true, write(c, e, cb) { sink.push(c); cb(); } });
  const ws = Writable.toWeb(nodeW);
  const writer = ws.getWriter(); await writer.write('p'); await writer.write('q'); await writer.close();
  L('Writable.toWeb ' + sink);
  await sp.pipeline(ReadableStream.from(['m', 'n']), new Writable({ objectMode: true, write(c, e, cb) { L('pl ' + c); cb(); } }));
  const out = [];
  await sp.pipeline(Readable.from(['u', 'v']), new WritableStream({ write(c) { out.push(c); } }));
  L('to web sink ' + out);
  const rsf = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  finished(rsf, (err) => L('finished web ' + err));
  await rsf.getReader().read();
  await new Promise((r) => setTimeout(r, 5));
  assert.deepStrictEqual(log, [
    'toWeb a,b,c',
    'fromWeb x,y',
    'Writable.fromWeb 1,2',
    'Writable.toWeb p,q',
    'pl m',
    'pl n',
    'to web sink u,v',
    'finished web undefined',
  ]);
})().then(common.mustCall());
