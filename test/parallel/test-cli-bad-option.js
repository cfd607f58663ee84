'use strict';
// An unknown option is reported on stderr and exits with code 9, before any code runs.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

for (const args of [['--no-such-option'], ['--no-such-option', '-e', 'console.log(1)']]) {
  const r = run(args);
  assert.strictEqual(r.code, 9);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /: bad option: --no-such-option\n$/);
}
// An option that needs a value and has none.
const r = run(['-e']);
assert.strictEqual(r.code, 9);
assert.match(r.stderr, /-e requires an argument/);
// A value of its own may not start with '-': the next word is an option then.
for (const [args, option] of [[['-r', '-e', '1'], '-r'], [['--title', '-', '-e', '1'], '--title'],
                              [['-e', '-1'], '-e']]) {
  const r = run(args);
  assert.strictEqual(r.code, 9);
  assert.match(r.stderr, new RegExp(`: ${option} requires an argument\n$`));
}
