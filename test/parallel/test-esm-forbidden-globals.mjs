// A module has no `this`, `arguments`, `require`, `module`, `exports`,
// `__filename` or `__dirname`.
import '../common/index.js';
import assert from 'node:assert';

assert.strictEqual(typeof this, 'undefined');
assert.strictEqual(typeof arguments, 'undefined');
assert.throws(() => arguments, ReferenceError);
for (const name of ['require', 'module', 'exports', '__filename', '__dirname']) {
  assert.strictEqual(typeof globalThis[name], 'undefined', name);
}
assert.strictEqual(typeof require, 'undefined');
assert.strictEqual(typeof module, 'undefined');
assert.strictEqual(typeof exports, 'undefined');
assert.strictEqual(typeof __filename, 'undefined');
assert.strictEqual(typeof __dirname, 'undefined');
function plain() {
  return arguments.length;
}
assert.strictEqual(plain(1, 2), 2);

// A class member may be named `arguments`: a name, not the missing binding.
class Members {
  arguments = new Map();
  static arguments = 'static';
}
assert.ok(new Members().arguments instanceof Map);
assert.deepStrictEqual(Object.keys(new Members()), ['arguments']);
const o = { arguments: 1 };
assert.strictEqual(o.arguments, 1);
