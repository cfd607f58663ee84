'use strict';
// The numeric read*/write* methods: values, byte order, and node's exact errors.
require('../common');
const assert = require('assert');

const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xfe, 0xff, 0x80, 0x00]);
assert.strictEqual(b.readUInt8(0), 1);
assert.strictEqual(b.readInt8(6), -128);
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readInt16LE(4), -2);
assert.strictEqual(b.readInt16BE(4), -257);
assert.strictEqual(b.readUInt32LE(0), 0x04030201);
assert.strictEqual(b.readUInt32BE(4), 0xfeff8000);
assert.strictEqual(b.readInt32BE(4), -16809984);
assert.strictEqual(b.readInt32LE(4), 0x0080fffe);
assert.strictEqual(b.readUIntLE(0, 6), 0xfffe04030201);
assert.strictEqual(b.readUIntBE(0, 3), 0x010203);
assert.strictEqual(b.readIntLE(2, 6), 0x0080fffe0403);
assert.strictEqual(b.readIntBE(4, 3), -257 * 256 + 0x80);
assert.strictEqual(b.readBigUInt64LE(0), 0x0080fffe04030201n);
assert.strictEqual(b.readBigUInt64BE(0), 0x01020304feff8000n);
assert.strictEqual(b.readBigInt64BE(0), 0x01020304feff8000n);
assert.strictEqual(Buffer.alloc(8, 0xff).readBigInt64LE(), -1n);
assert.strictEqual(b.readBigUint64LE, b.readBigUInt64LE);
assert.strictEqual(b.readUint8, b.readUInt8);

const f = Buffer.alloc(8);
assert.strictEqual(f.writeFloatLE(1.5), 4);
assert.strictEqual(f.toString('hex'), '0000c03f00000000');
assert.strictEqual(f.readFloatLE(0), 1.5);
f.writeFloatBE(-2.25, 4);
assert.strictEqual(f.readFloatBE(4), -2.25);
assert.strictEqual(f.writeDoubleBE(Math.PI), 8);
assert.strictEqual(f.toString('hex'), '400921fb54442d18');
assert.strictEqual(f.readDoubleBE(), Math.PI);
f.writeDoubleLE(-0);
assert.ok(Object.is(f.readDoubleLE(), -0));
f.writeDoubleLE(NaN);
assert.ok(Number.isNaN(f.readDoubleLE()));

const w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt8(255), 1);
assert.strictEqual(w.writeInt8(-1, 1), 2);
assert.strictEqual(w.writeUInt16BE(0x0102, 2), 4);
assert.strictEqual(w.writeInt16LE(-2, 4), 6);
assert.strictEqual(w.toString('hex'), 'ffff0102feff0000');
assert.strictEqual(w.writeUInt32LE(0xdeadbeef, 4), 8);
assert.strictEqual(w.writeInt32BE(-2, 0), 4);
assert.strictEqual(w.toString('hex'), 'fffffffeefbeadde');
assert.strictEqual(w.writeUIntBE(0x123456789abc, 0, 6), 6);
assert.strictEqual(w.writeIntLE(-0x123456, 5, 3), 8);
assert.strictEqual(w.toString('hex'), '123456789aaacbed');
assert.strictEqual(w.writeBigInt64BE(-2n), 8);
assert.strictEqual(w.toString('hex'), 'fffffffffffffffe');
assert.strictEqual(w.writeBigUInt64LE(0x0102030405060708n), 8);
assert.strictEqual(w.toString('hex'), '0807060504030201');
// Values are coerced, fractions truncated, as node does.
assert.strictEqual(w.writeUInt8('3', 0), 1);
assert.strictEqual(w.writeUInt8(1.5, 1), 2);
assert.strictEqual(w.readUInt16BE(0), 0x0301);

const range = (name, r, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${r}. Received ${received}`,
});
assert.throws(() => w.writeUInt32LE(2 ** 32), range('value', '>= 0 and <= 4294967295', '4294967296'));
assert.throws(() => w.writeInt32LE(2 ** 31), range('value', '>= -2147483648 and <= 2147483647', '2147483648'));
assert.throws(() => w.writeUIntLE(2 ** 48, 0, 6), range('value', '>= 0 and < 2 ** 48', '281_474_976_710_656'));
assert.throws(() => w.writeIntLE(2 ** 47, 0, 6), range('value', '>= -(2 ** 47) and < 2 ** 47', '140_737_488_355_328'));
assert.throws(() => w.writeIntLE(2 ** 39, 0, 5), range('value', '>= -(2 ** 39) and < 2 ** 39', '549_755_813_888'));
assert.throws(() => w.writeUInt16LE(-1), range('value', '>= 0 and <= 65535', '-1'));
assert.throws(() => w.writeInt8(128), range('value', '>= -128 and <= 127', '128'));
assert.throws(() => w.writeBigInt64LE(2n ** 63n),
  range('value', '>= -(2n ** 63n) and < 2n ** 63n', '9_223_372_036_854_775_808n'));
assert.throws(() => w.writeBigUInt64LE(-1n), range('value', '>= 0n and < 2n ** 64n', '-1n'));
assert.throws(() => w.writeBigUInt64LE(1), TypeError);
assert.throws(() => w.readUInt8(8), range('offset', '>= 0 and <= 7', '8'));
assert.throws(() => w.readUInt8(1.5), range('offset', 'an integer', '1.5'));
assert.throws(() => w.readUInt8(-1), range('offset', '>= 0 and <= 7', '-1'));
assert.throws(() => w.readUInt32LE(5), range('offset', '>= 0 and <= 4', '5'));
assert.throws(() => w.readDoubleLE(NaN), range('offset', 'an integer', 'NaN'));
assert.throws(() => w.readBigInt64LE(1), range('offset', '>= 0 and <= 0', '1'));
assert.throws(() => w.readUIntLE(0, 7), range('byteLength', '>= 1 and <= 6', '7'));
assert.throws(() => w.readUIntLE(4, 6), range('offset', '>= 0 and <= 2', '4'));
assert.throws(() => w.writeUInt32LE(1, -1), range('offset', '>= 0 and <= 4', '-1'));
assert.throws(() => w.writeDoubleLE(1, 1), range('offset', '>= 0 and <= 0', '1'));
assert.throws(() => w.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => w.readUIntLE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => Buffer.alloc(2).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});
