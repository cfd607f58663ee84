'use strict';
// WebAssembly.compile() and instantiate() called with nothing else pending settle
// before the process ends (the event loop waits for them, as node's does).
const common = require('../common');
const assert = require('assert');

// (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
const bytes = Buffer.from('0061736d0100000001070160027f7f017f030201000707010361646400000a09010700200020016a0b', 'hex');

for (const name of ['compile', 'instantiate']) {
  assert.strictEqual(WebAssembly[name].length, 1);
  assert.strictEqual(WebAssembly[name].name, name);
}
WebAssembly.instantiate(bytes, {}).then(common.mustCall(({ module, instance }) => {
  assert.ok(module instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.add(20, 22), 42);
}));
WebAssembly.compile(bytes).then(common.mustCall((module) => WebAssembly.instantiate(module)))
  .then(common.mustCall((instance) => {
    assert.ok(instance instanceof WebAssembly.Instance);
  }));
assert.rejects(WebAssembly.instantiate(Buffer.from('00')), WebAssembly.CompileError).then(common.mustCall());
