'use strict';
// node:sqlite's database.function() and database.aggregate(): arguments, results,
// options, window functions, and exceptions thrown by the JS side.
require('../common');
const assert = require('node:assert');
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
const value = (sql, ...args) => db.prepare(sql).get(...args).v;

db.function('plus', (a, b) => a + b);
assert.strictEqual(value('SELECT plus(2, 3) AS v'), 5);
assert.throws(() => db.prepare('SELECT plus(1) AS v'), {
  code: 'ERR_SQLITE_ERROR', message: 'wrong number of arguments to function plus()',
});
db.function('count_args', { varargs: true }, (...args) => args.length);
assert.strictEqual(value('SELECT count_args(1, 2, 3, 4) AS v'), 4);
db.function('kind', { useBigIntArguments: true }, (x) => typeof x);
assert.strictEqual(value('SELECT kind(1) AS v'), 'bigint');
db.function('ret', (x) => [null, undefined, 7, 'str', 9n, new Uint8Array([1]),
  new DataView(new ArrayBuffer(2))][x]);
assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6].map((i) => value('SELECT ret(?) AS v', i)),
                       [null, null, 7, 'str', 9, new Uint8Array([1]), new Uint8Array(2)]);

db.function('boom', () => { throw new Error('from js'); });
assert.throws(() => value('SELECT boom() AS v'), { message: 'from js' });
db.function('async', async () => 1);
assert.throws(() => value('SELECT async() AS v'), {
  code: 'ERR_SQLITE_ERROR', message: 'Asynchronous user-defined functions are not supported',
});
db.function('fn', () => () => {});
assert.throws(() => value('SELECT fn() AS v'), {
  code: 'ERR_SQLITE_ERROR',
  message: 'Returned JavaScript value cannot be converted to a SQLite value',
});
db.function('huge', () => 2n ** 63n);
assert.throws(() => value('SELECT huge() AS v'), {
  code: 'ERR_SQLITE_ERROR', message: 'BigInt value is too large for SQLite',
});
db.function('safe', () => 2n ** 53n);
assert.throws(() => value('SELECT safe() AS v'), { code: 'ERR_OUT_OF_RANGE' });
db.function('id', (x) => x);
assert.throws(() => value('SELECT id(9007199254740993) AS v'), { code: 'ERR_OUT_OF_RANGE' });

assert.throws(() => db.function(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be a string.',
});
assert.throws(() => db.function('f'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "function" argument must be a function.',
});
assert.throws(() => db.function('f', null, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be an object.',
});
assert.throws(() => db.function('f', { deterministic: 1 }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.deterministic" argument must be a boolean.',
});

// Aggregates, as plain aggregates and as window functions.
db.exec('CREATE TABLE n(x INTEGER); INSERT INTO n VALUES (1), (2), (3), (4)');
db.aggregate('total', { start: () => 10, step: (acc, x) => acc + x, result: (acc) => `=${acc}` });
assert.strictEqual(value('SELECT total(x) AS v FROM n'), '=20');
assert.strictEqual(value('SELECT total(x) AS v FROM n WHERE x > 9'), '=10');
db.aggregate('wsum', { start: 0, step: (acc, x) => acc + x, inverse: (acc, x) => acc - x });
assert.deepStrictEqual(
  db.prepare('SELECT wsum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS v ' +
             'FROM n').all().map((r) => r.v),
  [1, 3, 5, 7]);
db.aggregate('bad', { start: 0, step: (acc, x) => { throw new Error('step error'); } });
assert.throws(() => value('SELECT bad(x) AS v FROM n'), { message: 'step error' });
assert.throws(() => db.aggregate('a', { step: () => {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.start" argument must be a function or a primitive value.',
});
assert.throws(() => db.aggregate('a', { start: 0 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.step" argument must be a function.',
});

db.close();
assert.throws(() => db.function('f', () => {}), { code: 'ERR_INVALID_STATE' });
assert.throws(() => db.aggregate('f', { start: 0, step() {} }), { code: 'ERR_INVALID_STATE' });
