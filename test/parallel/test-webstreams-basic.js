'use strict';
// Web streams: pull-based ReadableStream with a count strategy, WritableStream
// backpressure and close, TransformStream through pipeThrough/pipeTo, tee, errors,
// abort, ReadableStream.from with cancel on break, pipeTo error propagation.
const common = require('../common');
const assert = require('assert');
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ByteLengthQueuingStrategy } = require('stream/web');

assert.strictEqual(globalThis.ReadableStream, ReadableStream);
const log = [];
const L = (s) => log.push(s);
(async () => {
  let i = 0;
  const rs = new ReadableStream({
    start(c) { L('start'); },
    pull(c) { L('pull ' + c.desiredSize); if (i < 3) c.enqueue(i++); else c.close(); },
    cancel(r) { L('cancel ' + r); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const reader = rs.getReader();
  L('locked ' + rs.locked);
  for (;;) { const { value, done } = await reader.read(); L('read ' + value + ' ' + done); if (done) break; }
  await reader.closed; L('closed');
  reader.releaseLock();
  const chunks = [];
  const ws = new WritableStream({
    start() { L('wstart'); },
    write(chunk) { L('write ' + chunk); chunks.push(chunk); return new Promise((r) => setTimeout(r, 1)); },
    close() { L('wclose'); },
    abort(r) { L('wabort ' + r); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  L('desired ' + w.desiredSize);
  w.write('a'); w.write('b'); L('desired ' + w.desiredSize);
  await w.ready; L('ready');
  await w.close(); L('closed w ' + chunks);
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); }, flush(c) { c.enqueue('!'); } });
  const out = [];
  const src = ReadableStream.from(['x', 'y']);
  await src.pipeThrough(ts).pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  L('piped ' + out);
  const [b1, b2] = ReadableStream.from([1, 2]).tee();
  const a1 = []; for await (const v of b1) a1.push(v);
  const a2 = []; for await (const v of b2) a2.push(v);
  L('tee ' + a1 + ' ' + a2);
  const errs = new ReadableStream({ start(c) { c.error(new Error('E')); } });
  try { await errs.getReader().read(); } catch (e) { L('err ' + e.message); }
  const ws2 = new WritableStream({ write() { throw new Error('W'); } });
  const w2 = ws2.getWriter();
  try { await w2.write(1); } catch (e) { L('werr ' + e.message); }
  try { await w2.closed; } catch (e) { L('wclosed err ' + e.message); }
  try { rs.getReader(); rs.getReader(); } catch (e) { L(e.code + ' ' + e.message); }
  const ab = new WritableStream({ abort(r) { L('abort called ' + r); } });
  await ab.abort('why'); L('aborted');
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
  L('bl ' + bl.highWaterMark + ' ' + bl.size(new Uint8Array(3)));
  const cancelled = ReadableStream.from((function* () { try { yield 1; yield 2; } finally { L('gen finally'); } })());
  for await (const v of cancelled) { L('v ' + v); break; }
  // pipeTo error propagation
  const badSrc = new ReadableStream({ pull(c) { c.error(new Error('src bad')); } });
  try { await badSrc.pipeTo(new WritableStream({ abort(r) { L('dest aborted ' + r.message); } })); } catch (e) { L('pipeTo rej ' + e.message); }
  assert.deepStrictEqual(log, [
    'start',
    'locked true',
    'pull 2',
    'read 0 false',
    'pull 2',
    'read 1 false',
    'pull 2',
    'read 2 false',
    'pull 2',
    'read undefined true',
    'closed',
    'wstart',
    'desired 2',
    'desired 0',
    'write a',
    'write b',
    'ready',
    'wclose',
    'closed w a,b',
    'piped X,Y,!',
    'tee 1,2 1,2',
    'err E',
    'werr W',
    'wclosed err W',
    'ERR_INVALID_STATE Invalid state: ReadableStream is locked',
    'abort called why',
    'aborted',
    'bl 10 3',
    'v 1',
    'gen finally',
    'dest aborted src bad',
    'pipeTo rej src bad',
  ]);
})().then(common.mustCall());
