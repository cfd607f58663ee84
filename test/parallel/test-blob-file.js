'use strict';
// Blob and File from node:buffer: parts, type, slicing, the promise readers and
// node's errors.
const common = require('../common');
const assert = require('assert');
const { Blob, File, resolveObjectURL } = require('buffer');

const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d'])], { type: 'Text/Plain' });
assert.strictEqual(b.size, 4);
assert.strictEqual(b.type, 'text/plain');
assert.strictEqual(String(b), '[object Blob]');
assert.deepStrictEqual(Object.keys(Object.getOwnPropertyDescriptors(Blob.prototype)),
  ['constructor', 'type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']);
assert.strictEqual(new Blob(['a\r\nb\nc'], { endings: 'native' }).size, 5);
assert.strictEqual(new Blob([new ArrayBuffer(3), 5, null]).size, 8);
assert.strictEqual(new Blob(['x'], { type: 'é' }).type, '');
assert.strictEqual(b.slice(1, -1).size, 2);
assert.strictEqual(b.slice(-2).size, 2);
assert.strictEqual(b.slice(1, 3, 'X').type, 'x');
assert.strictEqual(new Blob().size, 0);

b.slice(1).text().then(common.mustCall((t) => assert.strictEqual(t, 'bcd')));
b.arrayBuffer().then(common.mustCall((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [97, 98, 99, 100]);
}));
b.bytes().then(common.mustCall((u) => {
  assert.strictEqual(u.constructor, Uint8Array);
  assert.deepStrictEqual([...u], [97, 98, 99, 100]);
}));
new Blob(['é', Buffer.from([0xff])]).text().then(common.mustCall((t) => assert.strictEqual(t, 'é\ufffd')));

assert.throws(() => new Blob('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "sources" argument must be a sequence. Received type string (\'x\')',
});
assert.throws(() => new Blob([], { endings: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.endings' is invalid. Received 'x'",
});

const f = new File(['x'], 'a.txt', { lastModified: 5, type: 'text/x' });
assert.strictEqual(f.name, 'a.txt');
assert.strictEqual(f.lastModified, 5);
assert.strictEqual(f.type, 'text/x');
assert.strictEqual(f.size, 1);
assert.ok(f instanceof Blob);
assert.strictEqual(String(f), '[object File]');
assert.deepStrictEqual(Object.keys(Object.getOwnPropertyDescriptors(File.prototype)),
  ['constructor', 'name', 'lastModified']);
assert.ok(Math.abs(new File([], 'x').lastModified - Date.now()) < 1000);
assert.throws(() => new File([]), {
  code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified',
});

assert.strictEqual(resolveObjectURL('blob:nodedata:x'), undefined);
assert.strictEqual(resolveObjectURL('x'), undefined);
