'use strict';
// Flags: --expose-gc
// Node-API binary data through a test addon: ArrayBuffers (owned, external),
// every TypedArray type with node's alignment and length errors, DataViews,
// Buffers (real Buffers: Buffer.isBuffer), napi_is_buffer on any view,
// detaching, and external memory finalizers running after collection.
const common = require('../common');
const assert = require('assert');
const { loadAddon } = require('../common/napi');

const addon = loadAddon('binary');

const ab = addon.arrayBuffer();
assert.ok(ab instanceof ArrayBuffer);
assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3, 4]);
assert.deepStrictEqual(addon.abInfo(ab), [4, 10]);
assert.strictEqual(addon.abInfo(new Uint8Array(2)), undefined);
assert.strictEqual(Buffer.from(addon.externalArrayBuffer()).toString(), 'xyz');

const eb = addon.externalBuffer();
assert.ok(Buffer.isBuffer(eb));
assert.strictEqual(eb.toString(), 'hello');
assert.strictEqual(eb.constructor, Buffer);

const big = new ArrayBuffer(16);
new Uint8Array(big).set([9, 8, 7, 6, 5, 4, 3, 2, 1]);
const names = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
               'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
names.forEach((name, type) => {
  const ta = addon.typed(type, big, 8, 1);
  assert.strictEqual(ta.constructor.name, name);
  const info = addon.typedInfo(ta);
  assert.deepStrictEqual({ ...info, buffer: undefined },
                         { type, length: 1, byteOffset: 8, first: 1, buffer: undefined });
  assert.strictEqual(info.buffer, big);
});
assert.throws(() => addon.typed(5, big, 2, 1), {
  name: 'RangeError',
  code: 'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT',
  message: 'start offset of Int32Array should be a multiple of 4',
});
assert.throws(() => addon.typed(5, big, 4, 4), {
  name: 'RangeError',
  code: 'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH',
  message: 'Invalid typed array length',
});
assert.strictEqual(addon.typedInfo(new DataView(big)), undefined);

const dv = addon.dataView(big, 2, 3);
assert.ok(dv instanceof DataView);
assert.strictEqual(dv.byteOffset, 2);
assert.strictEqual(dv.byteLength, 3);
const dvInfo = addon.dataViewInfo(dv);
assert.deepStrictEqual(dvInfo.slice(0, 3), [3, 2, 7]);
assert.strictEqual(dvInfo[3], big);
assert.strictEqual(addon.dataViewInfo(new Uint8Array(1)), undefined);
assert.throws(() => addon.dataView(big, 10, 10), {
  name: 'RangeError',
  code: 'ERR_NAPI_INVALID_DATAVIEW_ARGS',
  message: 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in',
});

const bufs = addon.buffers();
assert.deepStrictEqual(bufs.map(Buffer.isBuffer), [true, true, true]);
assert.strictEqual(bufs[0].toString(), 'abc');
assert.strictEqual(bufs[1].toString(), 'wxyz');
assert.strictEqual(bufs[2].length, 0);

assert.deepStrictEqual(addon.bufferInfo(Buffer.from('hi')), [true, 2, 'hi']);
assert.deepStrictEqual(addon.bufferInfo(new Uint8Array([65, 66]).subarray(1)), [true, 1, 'B']);
assert.deepStrictEqual(addon.bufferInfo(new DataView(new Uint8Array([67, 68]).buffer, 1)), [true, 1, 'D']);
assert.deepStrictEqual(addon.bufferInfo({}), [false]);
assert.deepStrictEqual(addon.bufferInfo(new ArrayBuffer(1)), [false]);

const detachable = new ArrayBuffer(8);
assert.strictEqual(addon.detach(detachable), true);
assert.strictEqual(detachable.byteLength, 0);
assert.throws(() => addon.detach(new Uint8Array(1)), { message: 'An arraybuffer was expected' });

// External memory is handed back to its finalizer once the JS object is gone.
(function() {
  for (let i = 0; i < 50; i++) {
    addon.externalArrayBuffer();
    addon.externalBuffer();
  }
})();
function check(tries) {
  globalThis.gc();
  setImmediate(common.mustCall(() => {
    if (addon.freed() > 0) return;
    assert.ok(tries > 0, 'no external finalizer ran');
    setTimeout(() => check(tries - 1), 10);
  }));
}
check(50);
