'use strict';
// A module's own syntax error is reported at its line in the user's file.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

const file = fixtures.path('esm', 'syntax-error.mjs');
const r = run([file]);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.startsWith(`file://${file}:2\nexport const = 2;\n`), r.stderr);
assert.match(r.stderr, /SyntaxError: Unexpected token '='/);

// A link error (a missing export) is shown at the import that names it.
const importer = fixtures.path('esm', 'missing-export.mjs');
const linked = run([importer]);
assert.strictEqual(linked.code, 1);
assert.ok(linked.stderr.startsWith(`file://${importer}:1\nimport { nope } from './other.mjs';\n         ^^^^\n`),
  linked.stderr);
assert.match(linked.stderr, /SyntaxError: The requested module '\.\/other\.mjs' does not provide an export named 'nope'/);
