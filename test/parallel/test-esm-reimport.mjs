// Importing again: a module that threw rethrows the same error, one that failed
// to parse is tried again; concurrent imports share one evaluation; a module may
// import itself; a cycle through a module that awaits settles.
import '../common/index.js';
import assert from 'node:assert';

const dir = '../fixtures/esm/reimport';
const { keys } = await import(`${dir}/self.mjs`);
assert.deepStrictEqual(keys(), ['a', 'keys']);

const [s1, s2] = await Promise.all([import(`${dir}/slow.mjs`), import(`${dir}/slow.mjs`)]);
assert.strictEqual(s1, s2);
assert.strictEqual(s1.ready, true);

const errors = [];
for (let i = 0; i < 2; i++) await import(`${dir}/throws.mjs`).catch((err) => errors.push(err));
assert.strictEqual(errors[0].message, 'dep failed');
assert.strictEqual(errors[0], errors[1]);

for (let i = 0; i < 2; i++) await assert.rejects(import(`${dir}/bad.mjs`), SyntaxError);

const a = await import(`${dir}/tla-cycle-a.mjs`);
const b = await import(`${dir}/tla-cycle-b.mjs`);
assert.strictEqual(a.seen, 'b');
assert.strictEqual(b.getA(), 'a');
