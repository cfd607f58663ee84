'use strict';
// vm.compileFunction compiles its code as a function body: code that would close
// the function early is a SyntaxError and none of it runs. cachedData and
// produceCachedData are validated and reported on the function, as for vm.Script.
require('../common');
const assert = require('assert');
const vm = require('vm');

globalThis.ran = false;
assert.throws(() => vm.compileFunction('});\n(function() { globalThis.ran = true; })();\n(function() {'), {
  name: 'SyntaxError',
  message: "Unexpected token '}'",
});
assert.strictEqual(globalThis.ran, false);

// Brackets inside strings, templates, regular expressions and comments are text.
assert.strictEqual(vm.compileFunction('return `}${"}"}` + "}" + /}/.source; // }')(), '}}}}');
assert.strictEqual(vm.compileFunction('return a + b', ['a', 'b'])(1, 2), 3);

const source = 'return 1';
const f = vm.compileFunction(source, [], { produceCachedData: true });
assert.strictEqual(f.cachedDataProduced, true);
assert.ok(f.cachedData.length > 0);
assert.strictEqual(vm.compileFunction(source, [], { cachedData: f.cachedData }).cachedDataRejected, false);
assert.strictEqual(vm.compileFunction('return "other"', [], { cachedData: f.cachedData }).cachedDataRejected, true);

assert.throws(() => vm.compileFunction('', [], { cachedData: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.cachedData" property must be an instance of Buffer, TypedArray, or DataView. Received null',
});
assert.throws(() => vm.compileFunction('', [], { produceCachedData: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.produceCachedData" property must be of type boolean. Received type number (1)',
});
for (const [value, received] of [[false, 'type boolean (false)'], [null, 'null'], [{}, 'an instance of Object']]) {
  assert.throws(() => vm.compileFunction('', [], { parsingContext: value }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options.parsingContext" property must be an instance of Context. Received ${received}`,
  });
}
assert.strictEqual(vm.compileFunction('return v', [], { parsingContext: vm.createContext({ v: 'c' }) })(), 'c');
