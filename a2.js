// flowing, pause/resume, data listener, destroy with error
const { Readable } = require('stream');
const log = [];
const L = (s) => log.push(s);
let i = 0;
const r = new Readable({ objectMode: true, highWaterMark: 2, read() { L('read'); if (i < 5) this.push(i++); else this.push(null); } });
['data','end','close','pause','resume','error','readable'].forEach(e => { if (e !== 'readable') r.on(e, (x) => { L(e + ':' + (x && x.message || x)); if (e === 'data' && x === 2) { r.pause(); setTimeout(() => r.resume(), 2); } }); });
L('sync end ' + r.readableFlowing);
process.nextTick(() => L('tick'));
setTimeout(() => {
  const r2 = new Readable({ read() {} });
  ['data','end','close','error'].forEach(e => r2.on(e, (x) => L('r2 ' + e + ':' + (x && x.message))));
  r2.destroy(new Error('boom'));
  L('r2 destroyed ' + r2.destroyed + ' ' + r2.readableAborted + ' ' + (r2.errored && r2.errored.message));
  r2.destroy(new Error('again'));
}, 20);
setTimeout(() => console.log(log.join('\n')), 50);
