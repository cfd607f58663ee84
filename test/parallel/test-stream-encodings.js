'use strict';
// Bytes and encodings: setEncoding() joins a character split across chunks and
// re-decodes what is buffered, read(n) splits and joins Buffers, writes convert
// strings with their encoding (or keep them with decodeStrings: false), writev
// reports allBuffers, and read(n) above 1 GiB is ERR_OUT_OF_RANGE.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Transform, pipeline } = require('stream');
const log = [];
const L = (s) => log.push(s);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.on('data', (d) => L('data ' + JSON.stringify(d) + ' ' + typeof d));
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1)); r.push(euro.subarray(1)); r.push('x'); r.push(null);
  await wait(5);
  const r2 = new Readable({ read() {} });
  r2.push('abc'); r2.push('def');
  r2.setEncoding('hex');
  L('r2 read ' + r2.read(4) + ' ' + r2.read());
  const r3 = new Readable({ read() {} });
  r3.push(Buffer.from('hello ')); r3.push(Buffer.from('world'));
  L('r3 ' + r3.read(3) + '|' + r3.read(5) + '|' + r3.read(100) + '|' + r3.readableLength);
  r3.push(null);
  L('r3 rest ' + r3.read(100));
  const w = new Writable({ write(c, e, cb) { L('w ' + Buffer.isBuffer(c) + ' ' + e + ' ' + c.toString('hex')); cb(); } });
  w.write('hi'); w.write('6869', 'hex'); w.write(new Uint16Array([1])); w.setDefaultEncoding('base64'); w.write('aGk='); w.end();
  await wait(5);
  const wv = new Writable({ writev(chunks, cb) { L('writev ' + chunks.length + ' ' + chunks.allBuffers + ' ' + chunks.map((c) => c.encoding).join(',')); cb(); } });
  wv.cork(); wv.write('a'); wv.write(Buffer.from('b')); process.nextTick(() => wv.uncork());
  await wait(5);
  const ws = new Writable({ decodeStrings: false, writev(chunks, cb) { L('writev2 ' + chunks.allBuffers + ' ' + chunks.map((c) => c.encoding + ':' + typeof c.chunk).join(',')); cb(); } });
  ws.cork(); ws.write('a', 'latin1'); ws.write(Buffer.from('b')); ws.uncork();
  await wait(5);
  const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  t.setEncoding('utf8');
  const chunks = [];
  await new Promise((res) => pipeline(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), t, new Writable({ decodeStrings: false, write(c, e, cb) { chunks.push(c + ':' + e); cb(); } }), res));
  L('pipeline ' + chunks);
  const big = new Readable({ read() {} });
  big.push(Buffer.alloc(10)); L('hwm before ' + big.readableHighWaterMark);
  big.read(100000); L('hwm after ' + big.readableHighWaterMark);
  try { big.read(2 ** 31); } catch (e) { L(e.code + ' ' + e.message); }
  const pt = new PassThrough();
  pt.end(Buffer.from('xyz'));
  L('pt ' + (await pt.toArray()).map((b) => b.toString()));
  assert.deepStrictEqual(log, [
    'data "€" string',
    'data "x" string',
    'r2 read 6162 63646566',
    'r3 hel|lo wo|null|3',
    'r3 rest rld',
    'w true buffer 6869',
    'w true buffer 6869',
    'w true buffer 0100',
    'w true buffer 6869',
    'writev 2 true buffer,buffer',
    'writev2 false latin1:string,buffer:object',
    'pipeline AB:utf8,CD:utf8',
    'hwm before 65536',
    'hwm after 131072',
    'ERR_OUT_OF_RANGE The value of "size" is out of range. It must be <= 1GiB. Received 2147483648',
    'pt xyz',
  ]);
})().then(common.mustCall());
