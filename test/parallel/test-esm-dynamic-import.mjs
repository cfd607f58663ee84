// import() inside expressions and functions of a module; the same module twice
// gives the same namespace.
import '../common/index.js';
import assert from 'node:assert';
import * as counter from '../fixtures/esm/counter.mjs';

const load = () => import('../fixtures/esm/counter.mjs');
assert.strictEqual(await load(), counter);
const [x, y] = await Promise.all([import('../fixtures/esm/other.mjs'), (0, import('../fixtures/esm/star.mjs'))]);
assert.strictEqual(x.value, 'other value');
assert.strictEqual(y.fromStar, 'star');
const specifier = '../fixtures/esm/other.mjs';
assert.strictEqual((await import(specifier)).default, 'other default');
