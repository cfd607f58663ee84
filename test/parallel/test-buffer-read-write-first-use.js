'use strict';
// Buffer.prototype's numeric read/write methods behave as plain methods from the
// first use on, whatever a program does to them first: replacing or deleting one
// sticks, assigning one on a Buffer makes it that Buffer's own, and each is a
// writable, configurable data property, the Uint spelling the same function as
// the UInt one. (eddy loads their code on first use; each case runs in a fresh
// process so that nothing has touched them before.)
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(source) {
  const r = spawnSync(process.execPath, ['-e', source], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}
const print = 'require("fs").writeSync(1, JSON.stringify(out));';

// Replaced, and deleted, before any other read.
assert.deepStrictEqual(run(`
  const mine = function mine() { return 42; };
  Buffer.prototype.readUInt8 = mine;
  delete Buffer.prototype.readInt8;
  const b = Buffer.from([1, 2, 3, 4]);
  const out = [b.readUInt8(0), b.readUInt16LE(0), b.readInt8, 'readInt8' in Buffer.prototype,
    Buffer.prototype.readUInt8 === mine, Buffer.prototype.readUint8 === mine];
  ${print}
`), [42, 0x0201, null, false, true, false]);

// Assigned on one Buffer first.
assert.deepStrictEqual(run(`
  const b = Buffer.from([1, 2]);
  b.readUInt16BE = 7;
  const d = Object.getOwnPropertyDescriptor(b, 'readUInt16BE');
  const out = [b.readUInt16BE, d.enumerable, d.writable, Buffer.from([1, 2]).readUInt16BE(0)];
  ${print}
`), [7, true, true, 0x0102]);

// Descriptors and aliases once read.
assert.deepStrictEqual(run(`
  const b = Buffer.alloc(8);
  b.writeDoubleLE(1.5);
  const out = [b.readDoubleLE(0)];
  for (const name of ['readUInt32LE', 'writeBigInt64BE', 'readInt16BE', 'writeUIntLE']) {
    const d = Object.getOwnPropertyDescriptor(Buffer.prototype, name);
    out.push([typeof d.value, d.value.name, d.writable, d.configurable]);
  }
  out.push(Buffer.prototype.readUint32LE === Buffer.prototype.readUInt32LE,
           Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE);
  ${print}
`), [1.5,
     ['function', 'readUInt32LE', true, true],
     ['function', 'writeBigInt64BE', true, true],
     ['function', 'readInt16BE', true, true],
     ['function', 'writeUIntLE', true, true],
     true, true]);
