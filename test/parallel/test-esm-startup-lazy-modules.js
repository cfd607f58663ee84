'use strict';
// Importing ES modules by relative path loads neither the registry of rare error
// codes (read only when the loader throws one) nor package "exports" resolution
// (loaded with the first bare or '#' specifier): both cost every ES module program
// start-up time.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

const r = run([fixtures.path('esm', 'module-load-list.mjs')]);
assert.strictEqual(r.code, 0, r.stderr);
const { loaded } = JSON.parse(r.stdout);
assert.ok(Array.isArray(loaded) && loaded.length > 0);
for (const id of ['internal/errors/codes', 'internal/modules/exports']) {
  assert.ok(!loaded.some((entry) => entry.endsWith(` ${id}`)), `${id} loaded: ${loaded.join(', ')}`);
}
