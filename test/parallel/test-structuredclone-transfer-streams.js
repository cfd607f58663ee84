'use strict';
// structuredClone() transfers web streams listed in `transfer`: the clone carries
// the original's chunks (each cloned), and the original is locked meanwhile.
const common = require('../common');
const assert = require('node:assert');

function rejectsClone(value, options, message) {
  assert.throws(() => structuredClone(value, options), { name: 'DataCloneError', message });
}

// In node the pipes are ports that do not keep the process alive: this does.
const keepAlive = setInterval(() => {}, 1000);

(async () => {
  // Readable: chunks arrive cloned; once drained the original is let go.
  const chunk = { n: 1 };
  const source = new ReadableStream({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });
  const twin = structuredClone(source, { transfer: [source] });
  assert.strictEqual(Object.getPrototypeOf(twin), ReadableStream.prototype);
  assert.strictEqual(source.locked, true);
  const got = [];
  for await (const value of twin) got.push(value);
  assert.deepStrictEqual(got, [{ n: 1 }]);
  assert.notStrictEqual(got[0], chunk);
  assert.strictEqual(source.locked, false);

  // An error of the original reaches the twin; cancelling the twin cancels it.
  const failing = new ReadableStream({ pull(controller) { controller.error(new Error('boom')); } });
  await assert.rejects(structuredClone(failing, { transfer: [failing] }).getReader().read(), /boom/);
  const cancelled = new ReadableStream({ cancel: common.mustCall((reason) => assert.strictEqual(reason, 'why')) });
  await structuredClone(cancelled, { transfer: [cancelled] }).cancel('why');

  // Writable: what is written to the twin reaches the original's sink (in node
  // after a hop through a port, so the sink's close is what is awaited).
  const written = [];
  const sinkClosed = Promise.withResolvers();
  const sink = new WritableStream({ write(value) { written.push(value); }, close: sinkClosed.resolve });
  const writable = structuredClone(sink, { transfer: [sink] });
  assert.strictEqual(Object.getPrototypeOf(writable), WritableStream.prototype);
  const writer = writable.getWriter();
  await writer.write('a');
  await writer.write('b');
  await writer.close();
  await sinkClosed.promise;
  assert.deepStrictEqual(written, ['a', 'b']);

  // Transform: both sides.
  const upper = new TransformStream({ transform(value, controller) { controller.enqueue(value.toUpperCase()); } });
  const moved = structuredClone({ t: upper }, { transfer: [upper] }).t;
  assert(moved instanceof TransformStream);
  const w = moved.writable.getWriter();
  w.write('abc');
  w.close();
  const out = [];
  for await (const value of moved.readable) out.push(value);
  assert.deepStrictEqual(out, ['ABC']);

  // What cannot be transferred.
  const locked = new ReadableStream();
  locked.getReader();
  rejectsClone(locked, { transfer: [locked] }, 'Cannot transfer a locked ReadableStream');
  const twice = new WritableStream();
  rejectsClone(twice, { transfer: [twice, twice] }, 'Transfer list contains duplicate WritableStream');
  rejectsClone({ s: new ReadableStream() }, undefined,
               'Object that needs transfer was found in message but not listed in transferList');
  // Listed but not in the value: transferred all the same.
  const unreferenced = new ReadableStream();
  assert.strictEqual(structuredClone(1, { transfer: [unreferenced] }), 1);
  assert.strictEqual(unreferenced.locked, true);
  clearInterval(keepAlive);
})().then(common.mustCall());
