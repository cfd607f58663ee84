'use strict';
// allowHalfOpen: false ends the writable side after 'end'; with the default, a
// duplex whose readable side ended stays writable until end(), then closes.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

{
  const log = [];
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(chunk, encoding, cb) {
      log.push(`write:${chunk}`);
      cb();
    },
  });
  for (const ev of ['end', 'prefinish', 'finish', 'close']) d.on(ev, () => log.push(ev));
  d.resume();
  d.write('x');
  d.push(null);
  d.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['write:x', 'end', 'prefinish', 'finish', 'close']);
  }));
}

{
  const log = [];
  const d = new Duplex({ read() {}, write(chunk, encoding, cb) { cb(); } });
  for (const ev of ['end', 'finish', 'close']) d.on(ev, () => log.push(ev));
  d.resume();
  d.push(null);
  setTimeout(common.mustCall(() => {
    log.push(`destroyed:${d.destroyed} writable:${d.writable}`);
    d.end();
  }), 5);
  d.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['end', 'destroyed:false writable:true', 'finish', 'close']);
  }));
}

{
  const d = new Duplex({ readable: false, write(chunk, encoding, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, true);
  const d2 = new Duplex({ writable: false, read() {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.writableFinished, true);
}
