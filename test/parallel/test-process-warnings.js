'use strict';
// process.emitWarning: the 'warning' event, node's stderr format, and the
// --no-warnings, --trace-warnings, --no-deprecation and --throw-deprecation flags.
const common = require('../common');
const assert = require('assert');
const { run } = require('../common/child');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'CustomWarning');
  assert.strictEqual(w.message, 'x');
  assert.strictEqual(w.code, 'C1');
  assert.strictEqual(w.detail, 'some detail');
}));
process.emitWarning('x', { type: 'CustomWarning', code: 'C1', detail: 'some detail' });
assert.throws(() => process.emitWarning(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "warning" argument must be of type string or an instance of Error. Received type number (1)',
});

let r = run(['-e', 'process.emitWarning("hello"); process.emitWarning("again")']);
assert.match(r.stderr, /^\(node:\d+\) Warning: hello\n\(Use `\S+ --trace-warnings \.\.\.` to show where the warning was created\)\n\(node:\d+\) Warning: again\n$/);

r = run(['-e', 'process.emitWarning("d", "DeprecationWarning", "DEP0999")']);
assert.match(r.stderr, /^\(node:\d+\) \[DEP0999\] DeprecationWarning: d\n/);

r = run(['--no-warnings', '-e', 'process.emitWarning("hidden")']);
assert.strictEqual(r.stderr, '');

r = run(['--no-deprecation', '-e', 'process.emitWarning("d", "DeprecationWarning"); process.emitWarning("shown")']);
assert.match(r.stderr, /Warning: shown/);
assert.doesNotMatch(r.stderr, /DeprecationWarning/);

r = run(['--trace-warnings', '-e', 'process.emitWarning("tw")']);
assert.match(r.stderr, /^\(node:\d+\) Warning: tw\n {4}at /);

r = run(['--throw-deprecation', '-e', 'process.emitWarning("d", "DeprecationWarning", "DEP0999")']);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /DeprecationWarning: d/);
