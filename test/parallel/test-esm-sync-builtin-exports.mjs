// A built-in's module namespace shows the values its properties had when first
// read, until module.syncBuiltinESMExports() updates it; modules that import the
// built-in after the sync see the new value.
import '../common/index.js';
import assert from 'node:assert';
import fs from 'node:fs';
import * as ns from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const original = fs.readFileSync;
assert.strictEqual(ns.readFileSync, original);
const replacement = () => 'replaced';
fs.readFileSync = replacement;
assert.strictEqual(ns.readFileSync, original);
syncBuiltinESMExports();
assert.strictEqual(ns.readFileSync, replacement);
const later = await import('data:text/javascript,import { readFileSync } from "node:fs"; export default readFileSync();');
assert.strictEqual(later.default, 'replaced');
fs.readFileSync = original;
syncBuiltinESMExports();
assert.strictEqual(ns.readFileSync, original);
