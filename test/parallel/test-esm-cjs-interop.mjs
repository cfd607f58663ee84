// Importing CommonJS: default is module.exports, named exports are what static
// analysis finds (as cjs-module-lexer), plus 'module.exports'.
import '../common/index.js';
import assert from 'node:assert';
import named, { alpha, beta, gamma } from '../fixtures/esm/cjs/named.cjs';
import * as namedNs from '../fixtures/esm/cjs/named.cjs';
import object, { one, two, three, four } from '../fixtures/esm/cjs/object.cjs';
import { alpha as reexported } from '../fixtures/esm/cjs/reexport.cjs';
import esModule, { named as esNamed } from '../fixtures/esm/cjs/esmodule.cjs';
import callable, { extra } from '../fixtures/esm/cjs/function.cjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
assert.strictEqual(named, require('../fixtures/esm/cjs/named.cjs'));
assert.deepStrictEqual([alpha, beta, gamma], ['alpha', 'beta', 'gamma']);
// A getter returning a literal is not a static export (as in cjs-module-lexer).
assert.strictEqual('delta' in namedNs, false);
assert.deepStrictEqual(Object.keys(namedNs),
  ['alpha', 'beta', 'default', 'gamma', 'module.exports', 'notEnumerableLater']);
assert.strictEqual(namedNs['module.exports'], named);
assert.deepStrictEqual([one, two, three, four()], [1, 2, 1, 4]);
// A method ends what the static analysis reads of an object literal.
assert.strictEqual(object.five, 5);
assert.strictEqual(reexported, 'alpha');
assert.strictEqual(esModule.default, 'default property');
assert.strictEqual(esNamed, 'named');
assert.strictEqual(callable(), 'called');
assert.strictEqual(extra, 'extra');

const url = import.meta.resolve('../fixtures/esm/cjs/object.cjs');
await assert.rejects(import(`data:text/javascript,import { five } from ${JSON.stringify(url)};`), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.match(err.message, /^Named export 'five' not found\. The requested module '.*object\.cjs' is a CommonJS module/);
  return true;
});
