'use strict';
// buffer.isAscii / isUtf8 refuse a detached ArrayBuffer (ERR_INVALID_STATE) but
// read a view of one as empty; --zero-fill-buffers is accepted and allocUnsafe
// then gives zeroed memory.
require('../common');
const assert = require('assert');
const { isAscii, isUtf8 } = require('buffer');
const { spawnSync } = require('child_process');

const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
structuredClone(ab, { transfer: [ab] });
for (const fn of [isAscii, isUtf8]) {
  assert.throws(() => fn(ab), { name: 'Error', code: 'ERR_INVALID_STATE', message: 'Cannot validate on a detached buffer' });
  assert.strictEqual(fn(view), true);
}

const r = spawnSync(process.execPath, ['--zero-fill-buffers', '-e', `
  Buffer.from('x'.repeat(100), 'hex');
  const bufs = [Buffer.allocUnsafe(20), Buffer.allocUnsafe(3000), Buffer.allocUnsafeSlow(20)];
  console.log(bufs.every((b) => b.every((n) => n === 0)));
`]);
assert.strictEqual(r.stderr.toString(), '');
assert.strictEqual(r.stdout.toString(), 'true\n');
