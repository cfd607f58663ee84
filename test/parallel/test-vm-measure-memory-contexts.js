'use strict';
// vm.measureMemory() warns once that it is experimental and resolves to the
// summary; 'detailed' lists every other live context.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
  assert.strictEqual(warning.message,
                     'vm.measureMemory is an experimental feature and might change at any time');
}));

const contexts = [vm.createContext({}), vm.createContext({}), vm.createContext({})];
const isShape = (r) => typeof r.jsMemoryEstimate === 'number' &&
  typeof r.jsMemoryRange[0] === 'number' && typeof r.jsMemoryRange[1] === 'number';

vm.measureMemory().then(common.mustCall((result) => {
  assert(isShape(result.total));
  assert.strictEqual(result.other, undefined);
}));
vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then(common.mustCall((result) => {
  assert(isShape(result.total));
  assert(isShape(result.current));
  assert.strictEqual(result.other.length, contexts.length);
  assert(result.other.every(isShape));
}));
assert.throws(() => vm.measureMemory({ mode: 'all' }), { code: 'ERR_INVALID_ARG_VALUE' });
