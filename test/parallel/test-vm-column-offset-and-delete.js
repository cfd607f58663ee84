'use strict';
// vm: columnOffset moves the columns of the script's first line in stack frames;
// deleting a sandbox's non-configurable property from inside fails, as with an
// ordinary object.
require('../common');
const assert = require('assert');
const vm = require('vm');

function topFrame(code, options) {
  try {
    vm.runInThisContext(code, options);
  } catch (err) {
    return err.stack.split('\n').find((l) => l.startsWith('    at '));
  }
  assert.fail('no throw');
}
assert.strictEqual(topFrame(' throw new Error()', { filename: 'c.vm', lineOffset: 2, columnOffset: 10 }),
                   '    at c.vm:3:18');
assert.strictEqual(topFrame('\nthrow new Error()', { filename: 'c.vm', lineOffset: 2, columnOffset: 10 }),
                   '    at c.vm:4:7');
assert.strictEqual(topFrame(' throw new Error()', { filename: 'c.vm' }), '    at c.vm:1:8');

const sandbox = { a: 1 };
Object.defineProperty(sandbox, 'fixed', { value: 5, configurable: false });
const ctx = vm.createContext(sandbox);
assert.strictEqual(vm.runInContext('delete fixed', ctx), false);
assert.strictEqual(vm.runInContext('fixed', ctx), 5);
assert.strictEqual(vm.runInContext('delete a', ctx), true);
assert.strictEqual('a' in sandbox, false);
