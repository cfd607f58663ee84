'use strict';
// fs.Stats called from user code is deprecated (DEP0180); fs.existsSync with an
// argument of the wrong type is deprecated (DEP0187) but a bad value is not.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const seen = [];
process.on('warning', (w) => seen.push(`${w.code} ${w.message}`));

assert.strictEqual(fs.existsSync('a\0b'), false);
assert.strictEqual(fs.existsSync(new URL('https://example.com')), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync({}), false);

const s = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 2, 3, 0, 0, 0, 0, 0);
assert.ok(s instanceof fs.Stats);
assert.ok(s.isFile());
assert.strictEqual(s.size, 3);
assert.ok(fs.statSync(__filename) instanceof fs.Stats);

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    'DEP0187 Passing invalid argument types to fs.existsSync is deprecated',
    'DEP0180 fs.Stats constructor is deprecated.',
  ]);
}));
