// duplex / transform ordering, allowHalfOpen
const { Duplex, Transform } = require('stream');
const log = [];
const L = (s) => log.push(s);
const t = new Transform({
  transform(c, e, cb) { L('t ' + c); cb(null, String(c).toUpperCase()); },
  flush(cb) { L('flush'); cb(null, 'END'); },
});
['data','end','finish','close','prefinish'].forEach(e => t.on(e, (x) => L('t:' + e + (x ? ':' + x : ''))));
t.write('a'); t.write('b'); t.end('c');
setTimeout(() => {
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { L('d write ' + c); cb(); } });
  ['end','finish','close','prefinish'].forEach(e => d.on(e, () => L('d:' + e)));
  d.resume();
  d.write('x');
  d.push(null);
}, 20);
setTimeout(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  ['end','finish','close'].forEach(e => d.on(e, () => L('d2:' + e)));
  d.resume(); d.push(null);
  setTimeout(() => { L('d2 destroyed ' + d.destroyed); d.end(); }, 5);
}, 40);
setTimeout(() => console.log(log.join('\n')), 80);
