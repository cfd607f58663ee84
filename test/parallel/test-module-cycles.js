'use strict';
// A cycle returns the partial exports of the module still loading.
require('../common');
const assert = require('assert');

const a = require('../fixtures/cjs/cycle/a');
assert.deepStrictEqual(a, { a: 1, fromB: 2, done: true });
const b = require('../fixtures/cjs/cycle/b');
assert.deepStrictEqual(b.sawA, { a: 1 });
