'use strict';
// An error thrown out of a vm script carries the script's location, source line
// and a caret above its stack, in every kind of context.
require('../common');
const assert = require('node:assert');
const vm = require('node:vm');

const source = 'throw new Error("boom")';
const check = (err) => {
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], 'my-script:1');
  assert.strictEqual(lines[1], source);
  assert.strictEqual(lines[2], '^');
  assert.strictEqual(lines[4], 'Error: boom');
  assert.match(lines[5], /^ {4}at .*my-script:1:\d+/);
  return true;
};
assert.throws(() => vm.runInThisContext(source, 'my-script'), check);
assert.throws(() => vm.runInNewContext(source, {}, 'my-script'), check);
assert.throws(() => vm.runInContext(source, vm.createContext(), { filename: 'my-script' }), check);
assert.throws(() => vm.runInThisContext(source, { filename: 'my-script', displayErrors: false }),
  (err) => !err.stack.startsWith('my-script'));
assert.throws(() => vm.runInNewContext('1', {}, { contextName: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.contextName" property must be of type string. Received null',
});
