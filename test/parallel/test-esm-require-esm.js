'use strict';
// require() of an ES module returns its namespace (marked __esModule when it has
// a default export), or its 'module.exports' export; a graph with top-level await
// throws ERR_REQUIRE_ASYNC_MODULE.
require('../common');
const assert = require('assert');

const ns = require('../fixtures/esm/require/esm.mjs');
assert.strictEqual(ns.named, 'named');
assert.strictEqual(ns.default(), 'hello');
assert.strictEqual(ns.__esModule, true);
assert.deepStrictEqual(Object.keys(ns), ['__esModule', 'default', 'named']);
assert.strictEqual(Object.prototype.toString.call(ns), '[object Module]');
assert.strictEqual(require('../fixtures/esm/require/esm.mjs'), ns);

const plain = require('../fixtures/esm/require/no-default.mjs');
assert.deepStrictEqual(Object.keys(plain), ['only']);
assert.strictEqual(plain.__esModule, undefined);

assert.deepStrictEqual(require('../fixtures/esm/require/module-exports.mjs'), { custom: true });
assert.strictEqual(require('../fixtures/esm/require/imports-cjs.mjs').fromCjs, 'cjs value');

const path = require('path');
for (const file of ['tla.mjs', 'imports-tla.mjs']) {
  const filename = path.join(__dirname, '..', 'fixtures', 'esm', 'require', file);
  assert.throws(() => require(filename), {
    code: 'ERR_REQUIRE_ASYNC_MODULE',
    message: 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
      'To see where the top-level await comes from, use --experimental-print-required-tla.\n' +
      `  From ${__filename} \n  Requiring ${filename} `,
  });
}
