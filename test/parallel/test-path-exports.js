'use strict';
// The shape of node:path: the two flavours point at each other, the subpath
// modules are the same objects, and the separators are right.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('node:path/win32'), path.win32);
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.strictEqual(path._makeLong, path.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
for (const fn of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
  'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob']) {
  assert.strictEqual(typeof path[fn], 'function', fn);
  assert.strictEqual(typeof path.win32[fn], 'function', fn);
}

// Relative resolution goes through the working directory.
assert.strictEqual(path.resolve('a', 'b'), `${process.cwd()}/a/b`);
assert.strictEqual(path.resolve(), process.cwd());
assert.strictEqual(path.relative(process.cwd(), 'x/y'), 'x/y');

assert.throws(() => path.join('a', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "path" argument must be of type string. Received null',
});
assert.throws(() => path.resolve('a', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths[1]" argument must be of type string. Received type number (5)',
});
assert.throws(() => path.format('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received type string (\'x\')',
});

// Lower-casing '\u0130' changes its length; relative() still compares by segment.
assert.strictEqual(path.win32.relative('c:\\a\\\u0130', 'c:\\a\\\u0130\\test.txt'), 'test.txt');
assert.strictEqual(path.win32.relative('c:\\\u0130\\a\\i\u0307', 'c:\\\u0130\\b\\\u0130\\test.txt'),
                   '..\\..\\b\\\u0130\\test.txt');
