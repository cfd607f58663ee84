// The modules a module.register() hooks module imports, statically or with
// import(), are instances of their own: the program's import of the same file is
// another instance, with its own state, as in node (whose hooks run on a thread of
// their own).
import '../common/index.js';
import assert from 'node:assert';
import { register } from 'node:module';

register('../fixtures/esm/hooks/stateful.mjs', import.meta.url);

const counter = await import('../fixtures/esm/counter.mjs');
assert.strictEqual(counter.count, 0);
counter.increment();
assert.strictEqual(counter.count, 1);

// The hooks see only their own increments (2, read twice: statically and through
// import()).
const { default: hooksCount } = await import('virtual:hooks-count');
assert.strictEqual(hooksCount, 4);
assert.strictEqual(counter.count, 1);
