'use strict';
// An error thrown by the main module reaches 'uncaughtException' with origin
// 'unhandledRejection' (node's module job is promise-based); unhandled, it is
// reported at its line and column with exit code 1.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

let r = run([fixtures.path('esm', 'main-throws.mjs')]);
assert.strictEqual(r.stdout, 'caught from the main module unhandledRejection\n');
assert.strictEqual(r.code, 0);

const file = fixtures.path('esm', 'main-fails.mjs');
r = run([file]);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.startsWith(`file://${file}:2\nthrow new Error('boom');\n      ^\n\nError: boom\n    at file://${file}:2:7`),
  r.stderr);
