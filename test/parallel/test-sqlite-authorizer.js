'use strict';
// node:sqlite's database.setAuthorizer(): the arguments SQLite passes, the three
// results, bad results and throws (which deny and surface as the call's error),
// and clearing it with null.
require('../common');
const assert = require('node:assert');
const { DatabaseSync, constants } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE t(a INTEGER, b TEXT); INSERT INTO t VALUES (1, \'x\')');

const calls = [];
db.setAuthorizer((...args) => {
  calls.push(args);
  return constants.SQLITE_OK;
});
db.prepare('SELECT a FROM t').get();
assert.deepStrictEqual(calls, [
  [constants.SQLITE_SELECT, null, null, null, null],
  [constants.SQLITE_READ, 't', 'a', 'main', null],
]);

db.setAuthorizer((action, table, column) =>
  (action === constants.SQLITE_READ && column === 'b' ? constants.SQLITE_IGNORE : constants.SQLITE_OK));
assert.deepStrictEqual(db.prepare('SELECT a, b FROM t').get(), { __proto__: null, a: 1, b: null });

db.setAuthorizer(() => constants.SQLITE_DENY);
assert.throws(() => db.exec('SELECT 1'), { code: 'ERR_SQLITE_ERROR', message: 'not authorized' });

db.setAuthorizer(() => { throw new Error('from authorizer'); });
assert.throws(() => db.prepare('SELECT 1'), { message: 'from authorizer' });
db.setAuthorizer(() => '0');
assert.throws(() => db.exec('SELECT 1'), {
  name: 'TypeError', message: 'Authorizer callback must return an integer authorization code',
});
db.setAuthorizer(() => 7);
assert.throws(() => db.exec('SELECT 1'), {
  name: 'RangeError', message: 'Authorizer callback returned a invalid authorization code',
});

db.setAuthorizer(null);
assert.deepStrictEqual(db.prepare('SELECT b FROM t').get(), { __proto__: null, b: 'x' });
for (const bad of [undefined, 1, 'f', {}]) {
  assert.throws(() => db.setAuthorizer(bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be a function or null.',
  });
}
// (setAuthorizer on a closed database is not tested: node 24.12 crashes there.)
db.close();
