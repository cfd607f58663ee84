'use strict';
// -v prints a version and exits 0 without running anything; -h prints usage.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

for (const flag of ['-v', '--version']) {
  const r = run([flag, '-e', 'console.log("ran")']);
  assert.strictEqual(r.code, 0);
  assert.match(r.stdout, /^v\d+\.\d+\.\d+\n$/);
}
const r = run(['--help']);
assert.strictEqual(r.code, 0);
assert.match(r.stdout, /Usage: \S+ \[options\]/);
