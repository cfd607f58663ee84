'use strict';
// Stacks of errors made inside the runtime: an fs error reported to a callback has
// no frames (node makes it in C++, with no JavaScript running), and no stack starts
// with the frames of the error's own making (node:internal/errors).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const missing = path.join(__dirname, 'no-such-file-here');
fs.readFile(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.stack, `Error: ${err.message}`);
}));
fs.close(2 ** 30, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.stack, `Error: ${err.message}`);
}));
fs.promises.stat(missing).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.doesNotMatch(err.stack, /node:internal\/errors/);
}));

// A synchronous one keeps the caller's frame.
assert.throws(() => fs.readFileSync(missing), (err) => {
  assert.match(err.stack.split('\n').find((l) => l.includes(__filename)), /test-errors-stack-made-in-callbacks/);
  return true;
});

import(missing + '.mjs').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
  assert.doesNotMatch(err.stack, /node:internal\/errors/);
}));
