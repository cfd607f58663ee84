'use strict';
// A main module whose top-level await can never settle exits with code 13.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

const file = fixtures.path('esm', 'unsettled.mjs');
const r = run([file]);
assert.strictEqual(r.code, 13);
assert.strictEqual(r.stderr,
  `Warning: Detected unsettled top-level await at file://${file}:1\nawait new Promise(() => {});\n^\n\n\n\n`);
