'use strict';
// 1M small objects: Readable -> PassThrough -> Writable through pipe(), all objectMode.
const { Readable, PassThrough, Writable } = require('stream');
const N = Number(process.argv[2]) || 1e6;
let i = 0;
let seen = 0;
const src = new Readable({
  objectMode: true,
  read() {
    while (i < N) {
      if (!this.push(i++)) return;
    }
    this.push(null);
  },
});
const sink = new Writable({
  objectMode: true,
  write(chunk, encoding, cb) {
    seen++;
    cb();
  },
});
sink.on('finish', () => {
  if (seen !== N) throw new Error(`saw ${seen}`);
});
src.pipe(new PassThrough({ objectMode: true })).pipe(sink);
