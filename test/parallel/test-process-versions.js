'use strict';
// process.versions names node first and then the rest in name order, as node does;
// its entries are strings and read-only; it says which llhttp, zlib, brotli, zstd,
// nghttp2, c-ares, OpenSSL and libuv this process uses (node's names), and node's ABI
// versions (modules 137, napi 10).
require('../common');
const assert = require('assert');

const { versions } = process;
const names = Object.keys(versions);
assert.strictEqual(names[0], 'node');
assert.deepStrictEqual(names.slice(1), names.slice(1).sort());
for (const name of ['ares', 'brotli', 'llhttp', 'nghttp2', 'openssl', 'uv', 'zlib', 'zstd']) {
  assert.match(versions[name], /^\d+\.\d+\.\d+/, name);
}
assert.strictEqual(versions.modules, '137');
assert.strictEqual(versions.napi, '10');
assert.strictEqual(process.version, `v${versions.node}`);
for (const name of names) {
  assert.strictEqual(typeof versions[name], 'string');
  const d = Object.getOwnPropertyDescriptor(versions, name);
  assert.strictEqual(d.writable, false, name);
  assert.strictEqual(d.enumerable, true, name);
}
assert.throws(() => { 'use strict'; versions.node = 'x'; }, TypeError);
