'use strict';
// node:sqlite's StatementSync: run/get/all/iterate, binding of each type, named and
// bare parameters, result shapes, BigInts and their ranges, and statements of a
// closed database.
require('../common');
const assert = require('node:assert');
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE t(k INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB)');

const insert = db.prepare('INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?)');
assert.deepStrictEqual(insert.run(1, 1.5, 'a', new Uint8Array([1, 2])),
                       { changes: 1, lastInsertRowid: 1 });
assert.deepStrictEqual(insert.run(2n, null, '', new DataView(new ArrayBuffer(3))),
                       { changes: 1, lastInsertRowid: 2 });
assert.deepStrictEqual(insert.run(), { changes: 1, lastInsertRowid: 3 });

const one = db.prepare('SELECT * FROM t WHERE k = ?');
assert.deepStrictEqual(one.get(1), {
  __proto__: null, k: 1, i: 1, r: 1.5, s: 'a', b: new Uint8Array([1, 2]),
});
assert.deepStrictEqual(one.get(2).b, new Uint8Array(3));
assert.deepStrictEqual(one.get(3), { __proto__: null, k: 3, i: null, r: null, s: null, b: null });
assert.strictEqual(one.get(4), undefined);
assert.deepStrictEqual(db.prepare('SELECT k FROM t ORDER BY k').all(),
                       [{ __proto__: null, k: 1 }, { __proto__: null, k: 2 },
                        { __proto__: null, k: 3 }]);
assert.deepStrictEqual(db.prepare('SELECT k FROM t WHERE k > 9').all(), []);
assert.deepStrictEqual(db.prepare('DELETE FROM t WHERE k = 99').all(), []);

// Numbers bind as REAL; booleans, undefined, functions, objects do not bind.
assert.deepStrictEqual(db.prepare('SELECT typeof(?) AS t').get(3), { __proto__: null, t: 'real' });
assert.deepStrictEqual(db.prepare('SELECT typeof(?) AS t').get(3n), { __proto__: null, t: 'integer' });
for (const bad of [true, undefined, () => {}, Symbol('s'), new Map(), [1]]) {
  assert.throws(() => insert.run(1, bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'Provided value cannot be bound to SQLite parameter 2.',
  });
}
assert.throws(() => insert.run(2n ** 63n), {
  code: 'ERR_INVALID_ARG_VALUE', message: 'BigInt value is too large to bind.',
});
assert.throws(() => insert.run(1, 2, 3, 4, 5), {
  code: 'ERR_SQLITE_ERROR', message: 'column index out of range', errcode: 25,
});

// Integers past 2^53 need readBigInts.
const big = db.prepare('SELECT 9007199254740992 AS n, 5 AS m');
assert.throws(() => big.get(), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'Value is too large to be represented as a JavaScript number: 9007199254740992',
});
assert.throws(() => big.setReadBigInts(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "readBigInts" argument must be a boolean.',
});
big.setReadBigInts(true);
assert.deepStrictEqual(big.get(), { __proto__: null, n: 9007199254740992n, m: 5n });
big.setReturnArrays(true);
assert.deepStrictEqual(big.get(), [9007199254740992n, 5n]);
big.setReadBigInts(false);
const bigRun = db.prepare('INSERT INTO t (i) VALUES (1)');
bigRun.setReadBigInts(true);
assert.deepStrictEqual(bigRun.run(), { changes: 1n, lastInsertRowid: 4n });

// Named parameters: full names, bare names, unknown names.
const named = db.prepare('SELECT $a AS a, :b AS b, @c AS c, ? AS d');
assert.deepStrictEqual(named.get({ $a: 1, b: 2, '@c': 3 }, 4),
                       { __proto__: null, a: 1, b: 2, c: 3, d: 4 });
assert.throws(() => named.get({ x: 1 }), {
  code: 'ERR_INVALID_STATE', message: "Unknown named parameter 'x'",
});
named.setAllowUnknownNamedParameters(true);
assert.deepStrictEqual(named.get({ x: 1, a: 5 }), { __proto__: null, a: 5, b: null, c: null, d: null });
named.setAllowBareNamedParameters(false);
named.setAllowUnknownNamedParameters(false);
assert.throws(() => named.get({ a: 1 }), { code: 'ERR_INVALID_STATE' });
const clash = db.prepare('SELECT $k + @k');
assert.throws(() => clash.get({ k: 1 }), {
  code: 'ERR_INVALID_STATE',
  message: "Cannot create bare named parameter 'k' because of conflicting names '$k' and '@k'.",
});
assert.deepStrictEqual(db.prepare('SELECT ?2 AS x, ?1 AS y').get(1, 2),
                       { __proto__: null, x: 2, y: 1 });

// Options given to the database apply to its statements.
const arrays = new DatabaseSync(':memory:', { returnArrays: true, readBigInts: true });
assert.deepStrictEqual(arrays.prepare('SELECT 1 AS a, 2 AS b').all(), [[1n, 2n]]);
arrays.close();

// iterate(): an Iterator; return() ends the statement's run.
const rows = db.prepare('SELECT k FROM t ORDER BY k');
const iter = rows.iterate();
assert.ok(iter instanceof Iterator);
assert.deepStrictEqual(iter.next(), { __proto__: null, done: false, value: { __proto__: null, k: 1 } });
assert.deepStrictEqual(iter.return(), { __proto__: null, done: true, value: null });
assert.deepStrictEqual(iter.next(), { __proto__: null, done: true, value: null });
assert.deepStrictEqual([...rows.iterate()].map((r) => r.k), [1, 2, 3, 4]);

// Metadata.
const meta = db.prepare('SELECT k AS key, s FROM t WHERE k = $k');
assert.strictEqual(meta.sourceSQL, 'SELECT k AS key, s FROM t WHERE k = $k');
assert.strictEqual(meta.expandedSQL, 'SELECT k AS key, s FROM t WHERE k = NULL');
assert.deepStrictEqual(meta.columns(), [
  { __proto__: null, column: 'k', database: 'main', name: 'key', table: 't', type: 'INTEGER' },
  { __proto__: null, column: 's', database: 'main', name: 's', table: 't', type: 'TEXT' },
]);
assert.deepStrictEqual(db.prepare('SELECT 1 + 1 AS x').columns(), [
  { __proto__: null, column: null, database: null, name: 'x', table: null, type: null },
]);

// A schema change re-prepares a statement: its rows take the new columns.
db.exec('CREATE TABLE s(a)');
db.exec('INSERT INTO s VALUES (1)');
const star = db.prepare('SELECT * FROM s');
assert.deepStrictEqual(star.get(), { __proto__: null, a: 1 });
db.exec('ALTER TABLE s RENAME COLUMN a TO z');
assert.deepStrictEqual(star.get(), { __proto__: null, z: 1 });
db.exec('ALTER TABLE s RENAME COLUMN z TO w');
assert.deepStrictEqual(star.all(), [{ __proto__: null, w: 1 }]);
assert.deepStrictEqual(star.iterate().toArray(), [{ __proto__: null, w: 1 }]);

// Closing the database finalizes its statements.
const pending = db.prepare('SELECT k FROM t');
const running = pending.iterate();
running.next();
db.close();
for (const use of [() => pending.get(), () => pending.all(), () => pending.run(),
  () => pending.columns(), () => pending.sourceSQL, () => running.next()]) {
  assert.throws(use, { code: 'ERR_INVALID_STATE', message: 'statement has been finalized' });
}
