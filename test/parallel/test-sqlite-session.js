'use strict';
// node:sqlite's sessions: createSession() records changes (all tables or one),
// changeset()/patchset() serialize them, applyChangeset() applies them with a
// filter and a conflict function, and closing the session or the database ends it.
require('../common');
const assert = require('node:assert');
const { DatabaseSync, Session, constants } = require('node:sqlite');

const schema = 'CREATE TABLE a(k INTEGER PRIMARY KEY, v TEXT UNIQUE); ' +
  'CREATE TABLE b(k INTEGER PRIMARY KEY)';
const from = new DatabaseSync(':memory:');
const to = new DatabaseSync(':memory:');
from.exec(schema);
to.exec(schema);

assert.throws(() => new Session(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const all = from.createSession();
const onlyA = from.createSession({ table: 'a' });
from.exec("INSERT INTO a VALUES (1, 'one'), (2, 'two'); INSERT INTO b VALUES (7)");
const changes = all.changeset();
assert.ok(changes instanceof Uint8Array);
assert.ok(all.patchset().length <= changes.length);
assert.ok(onlyA.changeset().length < changes.length);

// A filter picks tables; applying the rest then conflicts with what is there.
assert.strictEqual(to.applyChangeset(changes, { filter: (table) => table === 'b' }), true);
assert.deepStrictEqual(to.prepare('SELECT count(*) AS n FROM a').get().n, 0);
to.exec("INSERT INTO a VALUES (1, 'uno')");
assert.strictEqual(to.applyChangeset(onlyA.changeset()), false); // aborted
const types = [];
assert.strictEqual(to.applyChangeset(onlyA.changeset(), {
  onConflict: (type) => {
    types.push(type);
    return constants.SQLITE_CHANGESET_REPLACE;
  },
}), true);
assert.deepStrictEqual(types, [constants.SQLITE_CHANGESET_CONFLICT]);
assert.deepStrictEqual(to.prepare('SELECT v FROM a ORDER BY k').all().map((r) => r.v),
                       ['one', 'two']);

assert.throws(() => to.applyChangeset(changes, { onConflict: () => 'x' }), {
  code: 'ERR_SQLITE_ERROR', errcode: 21, message: 'bad parameter or other API misuse',
});
assert.throws(() => to.applyChangeset(changes, { onConflict() { throw new Error('c'); } }),
              { message: 'c' });
assert.throws(() => to.applyChangeset(changes, { filter() { throw new Error('f'); } }),
              { message: 'f' });
assert.throws(() => to.applyChangeset('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "changeset" argument must be a Uint8Array.',
});
assert.throws(() => to.applyChangeset(changes, { filter: 1 }), {
  message: 'The "options.filter" argument must be a function.',
});
assert.throws(() => from.createSession({ table: 1 }), {
  message: 'The "options.table" argument must be a string.',
});

onlyA.close();
assert.throws(() => onlyA.changeset(), { code: 'ERR_INVALID_STATE', message: 'session is not open' });
assert.throws(() => onlyA.close(), { message: 'session is not open' });
{
  using scoped = from.createSession();
  assert.strictEqual(scoped.changeset().length, 0);
}
from.close();
assert.throws(() => all.changeset(), { code: 'ERR_INVALID_STATE', message: 'database is not open' });
assert.throws(() => from.createSession(), { code: 'ERR_INVALID_STATE' });
to.close();
