// A CommonJS module that Babel compiled from `export * from '...'` re-exports the
// named exports of the module it requires, as cjs-module-lexer detects them.
import '../common/index.js';
import assert from 'node:assert';
import * as ns from '../fixtures/esm/cjs/babel-star.cjs';
import { alpha, own } from '../fixtures/esm/cjs/babel-star.cjs';

assert.strictEqual(alpha, 'alpha');
assert.strictEqual(own, 'own');
assert.deepStrictEqual(Object.keys(ns),
  ['__esModule', 'alpha', 'beta', 'default', 'gamma', 'module.exports', 'notEnumerableLater', 'own']);
