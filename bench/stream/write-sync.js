'use strict';
// 1M writes of a short string into a Writable whose _write calls back synchronously
// (the shape of a socket write that completes at once), honouring 'drain'.
const { Writable } = require('stream');
const N = Number(process.argv[2]) || 1e6;
let n = 0;
const w = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) {
    n++;
    cb();
  },
});
let i = 0;
function pump() {
  while (i < N) {
    i++;
    if (!w.write('hello')) {
      w.once('drain', pump);
      return;
    }
  }
  w.end();
}
w.on('finish', () => {
  if (n !== N) throw new Error(`wrote ${n}`);
});
pump();
