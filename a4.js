// pipe with backpressure, unpipe
const { Readable, Writable, PassThrough } = require('stream');
const log = [];
const L = (s) => log.push(s);
let n = 0;
const r = new Readable({ highWaterMark: 2, objectMode: true, read() { if (n < 6) this.push('c' + n++); else this.push(null); } });
const w = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { L('w ' + c); setTimeout(cb, 1); } });
['pipe','unpipe','drain','finish','close'].forEach(e => w.on(e, () => L('w:' + e)));
['end','close','pause','resume'].forEach(e => r.on(e, () => L('r:' + e)));
r.pipe(w);
setTimeout(() => {
  const a = new PassThrough(); const b = new PassThrough(); const c = new PassThrough();
  a.pipe(b); a.pipe(c);
  b.on('unpipe', () => L('b unpipe')); c.on('unpipe', () => L('c unpipe'));
  a.unpipe(b); L('pipes ' + a._readableState.pipes.length);
  a.unpipe(); L('flowing ' + a.readableFlowing);
}, 50);
setTimeout(() => console.log(log.join('\n')), 80);
