'use strict';
// --watch runs a file: with -e it is refused before anything runs, exit code 9.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

for (const args of [['--watch', '-e', 'console.log(1)'], ['--watch-path=.', '-p', '1']]) {
  const r = run(args);
  assert.strictEqual(r.code, 9);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /: either --watch or --eval can be used, not both\n$/);
}
