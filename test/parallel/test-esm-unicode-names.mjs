// Non-ASCII export names, of ES modules and of CommonJS modules (where, as in
// cjs-module-lexer, a name that is not well-formed UTF-16 is no export).
import '../common/index.js';
import assert from 'node:assert';
import { π, 'crème brûlée' as creme, ünïcödé } from '../fixtures/esm/unicode-exports.mjs';
import * as ns from '../fixtures/esm/unicode-exports.mjs';
import * as cjs from '../fixtures/esm/cjs/unicode.cjs';

assert.strictEqual(π, 3.14);
assert.strictEqual(creme, 'au lait');
assert.strictEqual(ünïcödé(), 'ü');
assert.deepStrictEqual(Object.keys(ns), ['crème brûlée', 'ünïcödé', 'π']);
assert.deepStrictEqual(Object.keys(cjs), ['default', 'module.exports', 'two words', 'π', '\u{D83C}\u{DF10}']);
assert.strictEqual(cjs['\u{D83C}\u{DF10}'], 'globe');
