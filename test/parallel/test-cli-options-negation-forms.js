'use strict';
// --no-<name> turns a boolean option off and --<name> on (the last given wins);
// negating an option that takes a value, or one that does not exist, is refused
// with exit code 9, as in node.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const warn = ['-e', 'process.emitWarning("w1"); process.emitWarning("d1", "DeprecationWarning")'];
const warned = (r) => [/w1/.test(r.stderr), /d1/.test(r.stderr)];

assert.deepStrictEqual(warned(run(['--warnings', ...warn])), [true, true]);
assert.deepStrictEqual(warned(run(['--no-warnings', ...warn])), [false, false]);
assert.deepStrictEqual(warned(run(['--no-warnings', '--warnings', ...warn])), [true, true]);
assert.deepStrictEqual(warned(run(['--no-deprecation', ...warn])), [true, false]);
assert.deepStrictEqual(warned(run(['--no-deprecation', '--deprecation', ...warn])), [true, true]);
assert.deepStrictEqual(warned(run(['--no_deprecation', ...warn])), [true, false]);

// Negated booleans are accepted and kept in process.execArgv as given.
const r = run(['--no-throw-deprecation', '--no-expose-gc', '--no-trace-warnings', '--no-addons',
               '-p', 'typeof gc + " " + process.execArgv.length']);
assert.strictEqual(r.stdout, 'undefined 6\n');
assert.strictEqual(r.code, 0);

for (const flag of ['--no-max-http-header-size', '--no-title', '--no-require', '--no-eval']) {
  const bad = run([flag, '-e', '0']);
  assert.strictEqual(bad.code, 9);
  assert.match(bad.stderr, new RegExp(`: ${flag} is an invalid negation because it is not a boolean option\n$`));
}
const unknown = run(['--no-i-do-not-exist', '-e', '0']);
assert.strictEqual(unknown.code, 9);
assert.match(unknown.stderr, /: bad option: --no-i-do-not-exist\n$/);

const env = run(['-e', '0'], { env: { ...process.env, NODE_OPTIONS: '--no-max-http-header-size' } });
assert.strictEqual(env.code, 9);
assert.match(env.stderr, /: --no-max-http-header-size is an invalid negation because it is not a boolean option\n$/);
