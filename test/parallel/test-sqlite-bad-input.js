'use strict';
// node:sqlite with input that must not crash: strings with NUL and lone
// surrogates (bound as UTF-8 whole; read, as node reads text, up to the first NUL),
// large blobs,
// statements collected before or after their database, and SQL errors.
require('../common');
const assert = require('node:assert');
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
const echo = db.prepare('SELECT ? AS v, hex(?) AS h');
assert.deepStrictEqual(echo.get('a\0b', 'a\0b'), { __proto__: null, v: 'a', h: '610062' });
assert.deepStrictEqual(echo.get('\ud800x', '\ud800x'),
                       { __proto__: null, v: '\ufffdx', h: 'EFBFBD78' });
assert.strictEqual(db.prepare("SELECT 'x' || char(0) || 'y' AS v").get().v, 'x');
assert.strictEqual(db.prepare('SELECT ? AS v').get('snow ☃ 😀').v, 'snow ☃ 😀');

const blob = new Uint8Array(8 * 1024 * 1024).fill(7);
const back = db.prepare('SELECT ? AS v').get(blob).v;
assert.strictEqual(back.length, blob.length);
assert.strictEqual(back[back.length - 1], 7);
assert.strictEqual(db.prepare('SELECT length(zeroblob(?)) AS v').get(1e6).v, 1e6);

assert.throws(() => db.prepare('SELECT * FROM missing'), {
  code: 'ERR_SQLITE_ERROR', message: 'no such table: missing',
});
assert.throws(() => db.exec('CREATE TABLE'), { code: 'ERR_SQLITE_ERROR' });
assert.throws(() => db.prepare(Symbol('x')), { code: 'ERR_INVALID_ARG_TYPE' });

// Statements left for the collector, some with their database, some without.
for (let i = 0; i < 50; i++) {
  const d = new DatabaseSync(':memory:');
  d.prepare('SELECT 1').get();
  d.prepare('SELECT 2');
  if (i % 2) d.close();
}
globalThis.gc?.();
db.close();
