'use strict';
// util.inspect names Blob and File objects, and past the depth shows [Blob]/[File].
require('../common');
const assert = require('node:assert');
const { inspect } = require('node:util');

assert.strictEqual(inspect(new Blob(['abc'])), "Blob { size: 3, type: '' }");
assert.strictEqual(inspect(new Blob([], { type: 'text/plain' })), "Blob { size: 0, type: 'text/plain' }");
const file = new File(['ab'], 'x.txt', { lastModified: 42 });
assert.strictEqual(inspect(file), "File { size: 2, type: '', name: 'x.txt', lastModified: 42 }");
assert.strictEqual(inspect({ b: new Blob([]), f: file }, { depth: 0 }), '{ b: [Blob], f: [File] }');
