// Every import and export form: named, renamed, string names, destructured
// declarations, export * as ns, re-exports, and default exports.
import '../common/index.js';
import assert from 'node:assert';
import def, { a, b as bee, c, e, f, g, h, fn, afn, gen, K, renamed, 'string name' as str,
  nsFromOther, otherValue, otherDefault, fromStar } from '../fixtures/esm/forms.mjs';
import * as forms from '../fixtures/esm/forms.mjs';
import DefaultClass from '../fixtures/esm/default-class.mjs';
import answer from '../fixtures/esm/default-expr.mjs';
import arrow from '../fixtures/esm/default-arrow.mjs';

assert.deepStrictEqual([a, bee, c, e, f, g, h], [1, 2, 3, 5, [6, 8], 7, 'h']);
assert.strictEqual(fn(), 'fn');
assert.strictEqual(await afn(), 'afn');
assert.deepStrictEqual([...gen()], ['gen']);
assert.strictEqual(K.k, 'k');
assert.strictEqual(renamed, 'local');
assert.strictEqual(str, 'local');
assert.strictEqual(nsFromOther.value, 'other value');
assert.strictEqual(nsFromOther.default, 'other default');
assert.strictEqual(otherValue, 'other value');
assert.strictEqual(otherDefault, 'other default');
assert.strictEqual(fromStar, 'star');
assert.strictEqual(def(), 'anonymous default');

// Anonymous default functions and classes are named 'default'.
assert.strictEqual(def.name, 'default');
assert.strictEqual(DefaultClass.name, 'default');
assert.strictEqual(new DefaultClass().hello(), 'hi');
assert.strictEqual(arrow.name, 'default');
assert.strictEqual(answer, 42);

// export * does not re-export 'default'.
assert.deepStrictEqual(Object.keys(forms), [
  'K', 'a', 'afn', 'b', 'c', 'default', 'e', 'f', 'fn', 'fromStar', 'g', 'gen', 'h',
  'nsFromOther', 'otherDefault', 'otherValue', 'renamed', 'string name',
]);
