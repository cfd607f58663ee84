'use strict';
// createContext's codeGeneration: strings: false turns eval and new Function off
// (an EvalError of the context), wasm: false refuses to compile WebAssembly bytes.
require('../common');
const assert = require('assert');
const vm = require('vm');

const noStrings = vm.createContext({}, { codeGeneration: { strings: false } });
const EvalError = vm.runInContext('EvalError', noStrings);
for (const code of ['eval("1")', 'new Function("return 1")']) {
  assert.throws(() => vm.runInContext(code, noStrings), (err) => {
    assert.ok(err instanceof EvalError);
    assert.strictEqual(err.message, 'Code generation from strings disallowed for this context');
    return true;
  });
}
assert.strictEqual(vm.runInContext('1 + 1', noStrings), 2);
assert.strictEqual(vm.runInNewContext('eval("1 + 2")'), 3);

const bytes = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const noWasm = vm.createContext({ bytes }, { codeGeneration: { wasm: false } });
const CompileError = vm.runInContext('WebAssembly.CompileError', noWasm);
assert.throws(() => vm.runInContext('new WebAssembly.Module(bytes)', noWasm), (err) => {
  assert.ok(err instanceof CompileError);
  assert.strictEqual(err.message,
                     'WebAssembly.Module(): Wasm code generation disallowed by embedder');
  return true;
});
assert.strictEqual(
  vm.runInNewContext('new WebAssembly.Module(bytes) instanceof WebAssembly.Module', { bytes }),
  true);

assert.throws(() => vm.createContext({}, { codeGeneration: { strings: 0 } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.codeGeneration.strings" property must be of type boolean. ' +
           'Received type number (0)',
});
