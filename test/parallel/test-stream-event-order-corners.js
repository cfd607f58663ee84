'use strict';
// Event order in corner cases: _construct with an early destroy, writes queued
// until constructed, unshift, two pipe destinations at different speeds, wrap(),
// destroy with a write in flight, autoDestroy/emitClose off, 'readable' removed,
// allowHalfOpen: false with the writable side first, readableHighWaterMark 0, and
// an async iterator that sees data then an error.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, Stream } = require('stream');
const log = [];
const L = (s) => log.push(s);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
// Waits until `entry` is logged, then one more turn of the loop: scenarios do not
// race each other's timers on a slow machine.
const until = (entry) => new Promise((resolve) => {
  const check = () => (log.includes(entry) ? setImmediate(resolve) : setTimeout(check, 1));
  check();
});
const ev = (s, name, evs) => evs.forEach((e) => s.on(e, (x) => L(`${name}:${e}${x !== undefined ? ':' + (x && x.message || (typeof x === 'object' ? JSON.stringify(x) : x)) : ''}`)));
(async () => {
  // 1. construct + destroy before constructed
  const r1 = new Readable({ construct(cb) { L('construct'); setTimeout(cb, 2); }, read() { L('r1 read'); }, destroy(err, cb) { L('r1 _destroy ' + err); cb(err); } });
  ev(r1, 'r1', ['close', 'error']);
  r1.destroy();
  await until('r1:close');
  // 2. writable construct queueing
  const w2 = new Writable({ objectMode: true, construct(cb) { L('w2 construct'); setTimeout(cb, 2); }, write(c, e, cb) { L('w2 write ' + c); cb(); }, final(cb) { L('w2 final'); cb(); } });
  ev(w2, 'w2', ['finish', 'close']);
  L('w2 write ret ' + w2.write(1)); w2.end(2);
  await until('w2:close');
  // 3. unshift in readable
  const r3 = new Readable({ objectMode: true, read() {} });
  r3.push('a'); r3.push('b'); r3.push(null);
  let first = true;
  r3.on('readable', () => { let c; while ((c = r3.read()) !== null) { L('r3 got ' + c); if (first && c === 'a') { first = false; r3.unshift('A'); } } });
  ev(r3, 'r3', ['end']);
  await until('r3:end');
  // 6. multiple destinations backpressure
  const src = new Readable({ objectMode: true, highWaterMark: 1, read() {} });
  const slow = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { L('slow ' + c); setTimeout(cb, 3); } });
  const fast = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { L('fast ' + c); cb(); } });
  src.pipe(slow); src.pipe(fast);
  for (let i = 0; i < 4; i++) src.push(i);
  src.push(null);
  await new Promise((resolve) => slow.on('finish', resolve));
  await wait(1);
  // 7. wrap
  const old = new Stream(); old.pause = () => L('old pause'); old.resume = () => L('old resume');
  const wrapped = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(old);
  ev(wrapped, 'wrapped', ['data', 'end', 'close']);
  old.emit('data', 'x'); old.emit('data', 'y'); old.emit('end');
  await until('wrapped:close');
  // 8. destroy during in-flight write
  const w8 = new Writable({ write(c, e, cb) { L('w8 write ' + c); setTimeout(cb, 5); } });
  ev(w8, 'w8', ['close', 'error', 'finish']);
  w8.write('a', (err) => L('w8 cb a ' + (err && err.code)));
  w8.write('b', (err) => L('w8 cb b ' + (err && err.code)));
  w8.end((err) => L('w8 endcb ' + (err && err.code)));
  w8.destroy();
  await until('w8 endcb ERR_STREAM_DESTROYED');
  // 10. autoDestroy false + error
  const r10 = new Readable({ autoDestroy: false, read() {} });
  ev(r10, 'r10', ['error', 'close', 'end']);
  r10.push(5);
  await wait(5);
  L('r10 destroyed ' + r10.destroyed + ' errored ' + !!r10.errored);
  // 11. emitClose false
  const r11 = new Readable({ emitClose: false, read() {} });
  ev(r11, 'r11', ['close', 'end']);
  r11.resume(); r11.push(null);
  await until('r11:end');
  L('r11 destroyed ' + r11.destroyed);
  // 12. readable + data mixing
  const r12 = new Readable({ objectMode: true, read() {} });
  const onR = () => L('r12 readable');
  r12.on('readable', onR);
  r12.on('data', (d) => L('r12 data ' + d));
  r12.push(1);
  await wait(2);
  L('r12 flowing ' + r12.readableFlowing);
  r12.removeListener('readable', onR);
  await wait(2);
  L('r12 flowing after ' + r12.readableFlowing);
  r12.push(2);
  await wait(2);
  // 13. allowHalfOpen false, writable finishes first
  const d13 = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  ev(d13, 'd13', ['finish', 'end', 'close']);
  d13.end('x');
  await wait(5);
  L('d13 destroyed ' + d13.destroyed);
  d13.push(null); d13.resume();
  await wait(5);
  // 14. transform readable hwm 0
  const t14 = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { L('t14 transform ' + c); cb(null, c); } });
  L('t14 hwm ' + t14.readableHighWaterMark + ' ' + t14.writableHighWaterMark);
  L('t14 w1 ' + t14.write('a'));
  L('t14 w2 ' + t14.write('b'));
  await wait(2);
  t14.on('data', (d) => L('t14 data ' + d));
  await wait(5);
  // 15. async iter: data then error
  const r15 = new Readable({ objectMode: true, read() {} });
  r15.push(1); r15.push(2);
  setTimeout(() => r15.destroy(new Error('late')), 2);
  try { for await (const c of r15) L('r15 ' + c); } catch (e) { L('r15 err ' + e.message); }
  assert.deepStrictEqual(log, [
    'construct',
    'r1 _destroy null',
    'r1:close',
    'w2 write ret true',
    'w2 construct',
    'w2 write 1',
    'w2 write 2',
    'w2 final',
    'w2:finish',
    'w2:close',
    'r3 got a',
    'r3 got A',
    'r3 got b',
    'r3:end',
    'slow 0',
    'fast 0',
    'slow 1',
    'fast 1',
    'slow 2',
    'fast 2',
    'slow 3',
    'fast 3',
    'old pause',
    'old pause',
    'wrapped:data:x',
    'wrapped:data:y',
    'wrapped:end',
    'wrapped:close',
    'w8 write a',
    'w8:close',
    'w8 cb a null',
    'w8 cb b ERR_STREAM_DESTROYED',
    'w8 endcb ERR_STREAM_DESTROYED',
    'r10:error:The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
    'r10 destroyed false errored true',
    'r11:end',
    'r11 destroyed true',
    'r12 readable',
    'r12 flowing false',
    'r12 data 1',
    'r12 flowing after true',
    'r12 data 2',
    'd13:finish',
    'd13 destroyed false',
    'd13:end',
    'd13:close',
    't14 hwm 0 0',
    't14 transform a',
    't14 w1 false',
    't14 w2 false',
    't14 data a',
    't14 transform b',
    't14 data b',
    'r15 1',
    'r15 2',
    'r15 err late',
  ]);
})().then(common.mustCall());
