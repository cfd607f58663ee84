'use strict';
// A .js file with no package "type" runs as an ES module when its syntax says so;
// --input-type=module runs -e source as a module.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

let r = run([fixtures.path('esm', 'detect', 'esm-syntax.js')]);
assert.strictEqual(r.stdout, 'detected function\n');
assert.strictEqual(r.code, 0);
r = run([fixtures.path('esm', 'detect', 'cjs-syntax.js')]);
assert.strictEqual(r.stdout, 'cjs function\n');

r = run(['--input-type=module', '-e',
  'import { sep } from "node:path"; console.log(sep, typeof require, import.meta.url.startsWith("file:"));']);
assert.strictEqual(r.stdout, '/ undefined true\n');
assert.strictEqual(r.code, 0);

r = run(['-e', 'import("node:path").then((p) => console.log(typeof p.join))']);
assert.strictEqual(r.stdout, 'function\n');
