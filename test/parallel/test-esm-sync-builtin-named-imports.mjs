// A named import of a built-in is a live binding that module.syncBuiltinESMExports()
// updates: a deleted property reads undefined, a new value or a getter's current
// value shows after the sync, and assigning to the import still throws.
import '../common/index.js';
import assert from 'node:assert';
import fs, { readFile, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const readFileDescriptor = Reflect.getOwnPropertyDescriptor(fs, 'readFile');
const original = readFileSync;

Reflect.deleteProperty(fs, 'readFile');
assert.strictEqual(typeof readFile, 'function');
syncBuiltinESMExports();
assert.strictEqual(readFile, undefined);

const marker = Symbol('marker');
fs.readFile = () => marker;
syncBuiltinESMExports();
assert.strictEqual(readFile(), marker);

let count = 0;
Reflect.defineProperty(fs, 'readFile', { get() { return count; }, configurable: true });
syncBuiltinESMExports();
assert.strictEqual(readFile, 0);
count++;
assert.strictEqual(readFile, 0);
syncBuiltinESMExports();
assert.strictEqual(readFile, 1);

Reflect.defineProperty(fs, 'readFile', readFileDescriptor);
syncBuiltinESMExports();
assert.strictEqual(readFile, fs.readFile);

// An import stays read-only.
assert.throws(() => { readFileSync = null; }, TypeError); // eslint-disable-line no-import-assign
assert.strictEqual(readFileSync, original);

// A module that assigns a name of its own that shadows the import in a nested
// scope sees the sync too.
const shadow = await import('data:text/javascript,' + encodeURIComponent(
  'import { readFileSync } from "node:fs";' +
  'export function inner() { let readFileSync; readFileSync = 1; return readFileSync; }' +
  'export function outer() { return readFileSync; }'));
assert.strictEqual(shadow.inner(), 1);
assert.strictEqual(shadow.outer(), original);
const replacement = () => 'replaced';
fs.readFileSync = replacement;
syncBuiltinESMExports();
assert.strictEqual(readFileSync, replacement);
assert.strictEqual(shadow.outer(), replacement);
fs.readFileSync = original;
syncBuiltinESMExports();
assert.strictEqual(readFileSync, original);
