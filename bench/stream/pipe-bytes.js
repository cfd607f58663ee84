'use strict';
// 1M 64-byte chunks: Readable -> PassThrough -> Writable through pipe(), byte mode.
const { Readable, PassThrough, Writable } = require('stream');
const N = Number(process.argv[2]) || 1e6;
// A Buffer, as sockets and files produce (a Uint8Array where node:buffer is absent).
const chunk = typeof Buffer === 'function' ? Buffer.alloc(64) : new Uint8Array(64);
let i = 0;
let bytes = 0;
const src = new Readable({
  read() {
    while (i < N) {
      i++;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  },
});
const sink = new Writable({
  write(c, encoding, cb) {
    bytes += c.length;
    cb();
  },
});
sink.on('finish', () => {
  if (bytes !== N * 64) throw new Error(`saw ${bytes}`);
});
src.pipe(new PassThrough()).pipe(sink);
