// writable: cork/uncork/writev, final, errors
const { Writable } = require('stream');
const log = [];
const L = (s) => log.push(s);
const w = new Writable({
  objectMode: true, highWaterMark: 2,
  write(c, e, cb) { L('write:' + c); process.nextTick(cb); },
  writev(chunks, cb) { L('writev:' + chunks.map(c => c.chunk).join(',')); setImmediate(cb); },
  final(cb) { L('final'); setTimeout(cb, 1); },
});
['drain','finish','close','prefinish','error'].forEach(e => w.on(e, (x) => L(e + ':' + (x && x.message))));
L('w1 ' + w.write(1, () => L('cb1')));
w.cork();
L('w2 ' + w.write(2, () => L('cb2')));
L('w3 ' + w.write(3, () => L('cb3')));
L('needDrain ' + w.writableNeedDrain + ' len ' + w.writableLength + ' corked ' + w.writableCorked);
process.nextTick(() => w.uncork());
setTimeout(() => {
  w.end(4, () => L('endcb'));
  L('ended ' + w.writableEnded + ' ' + w.writableFinished);
  try { w.write(5, (err) => L('cb5 ' + err.code)); } catch (e) { L('throw ' + e.code); }
  w.end((err) => L('end2 ' + (err && err.code)));
}, 10);
setTimeout(() => {
  const w2 = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  ['finish','close','error'].forEach(e => w2.on(e, (x) => L('w2 ' + e + ':' + (x && x.message))));
  L('w2 write ' + w2.write('x', (err) => L('w2 cb ' + (err && err.message))));
  L('w2 write2 ' + w2.write('y', (err) => L('w2 cb2 ' + (err && err.message))));
}, 40);
setTimeout(() => {
  const w3 = new Writable({ write(c, e, cb) { cb(); } });
  ['finish','close','error'].forEach(e => w3.on(e, (x) => L('w3 ' + e + ':' + (x && x.code))));
  w3.destroy();
  w3.write('a', (err) => L('w3 cb ' + err.code));
  w3.end((err) => L('w3 endcb ' + (err && err.code)));
  try { w3.write(null); } catch (e) { L('null ' + e.code + ' ' + e.message); }
}, 60);
setTimeout(() => console.log(log.join('\n')), 90);
