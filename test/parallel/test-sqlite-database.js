'use strict';
// node:sqlite's DatabaseSync: opening (path forms, options and their validation),
// close(), isOpen/isTransaction, location(), exec(), and node's errors.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const tmpdir = require('../common/tmpdir');
const { DatabaseSync, StatementSync, constants } = require('node:sqlite');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'db.sqlite');

// Only with the node: scheme.
assert.throws(() => require('sqlite'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(typeof process.versions.sqlite, 'string');
assert.strictEqual(constants.SQLITE_CHANGESET_ABORT, 2);

assert.throws(() => DatabaseSync(':memory:'), {
  code: 'ERR_CONSTRUCT_CALL_REQUIRED', message: 'Cannot call constructor without `new`',
});
assert.throws(() => new StatementSync(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const pathMessage =
  'The "path" argument must be a string, Uint8Array, or URL without null bytes.';
for (const bad of [undefined, 1, 'a\0b', Buffer.from('a\0b'), {}]) {
  assert.throws(() => new DatabaseSync(bad), { code: 'ERR_INVALID_ARG_TYPE', message: pathMessage });
}
assert.throws(() => new DatabaseSync(new URL('http://x/')), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file:',
});
assert.throws(() => new DatabaseSync(':memory:', null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be an object.',
});
for (const key of ['open', 'readOnly', 'enableForeignKeyConstraints', 'readBigInts',
  'enableDoubleQuotedStringLiterals', 'returnArrays', 'allowBareNamedParameters',
  'allowUnknownNamedParameters', 'defensive']) {
  assert.throws(() => new DatabaseSync(':memory:', { [key]: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "options.${key}" argument must be a boolean.`,
  });
}
assert.throws(() => new DatabaseSync(':memory:', { timeout: 1.5 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: /The "options\.timeout" argument must be an integer/,
});

// A file, then the same file by Buffer and by file: URL (read-only by URI query).
const db = new DatabaseSync(file);
assert.strictEqual(db.isOpen, true);
assert.strictEqual(db.location(), file);
assert.strictEqual(db.exec('CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT NOT NULL)'), undefined);
db.exec("INSERT INTO t VALUES (1, 'one')");
assert.strictEqual(db.isTransaction, false);
db.exec('BEGIN');
assert.strictEqual(db.isTransaction, true);
db.exec('COMMIT');
db.close();
assert.strictEqual(db.isOpen, false);
assert.throws(() => db.close(), { code: 'ERR_INVALID_STATE', message: 'database is not open' });
assert.throws(() => db.exec('SELECT 1'), { code: 'ERR_INVALID_STATE' });
assert.throws(() => db.prepare('SELECT 1'), { code: 'ERR_INVALID_STATE' });
assert.throws(() => db.isTransaction, { code: 'ERR_INVALID_STATE' });
db.open();
assert.throws(() => db.open(), { code: 'ERR_INVALID_STATE', message: 'database is already open' });
db[Symbol.dispose]();
db[Symbol.dispose]();

const byBuffer = new DatabaseSync(Buffer.from(file));
assert.deepStrictEqual(byBuffer.prepare('SELECT v FROM t').get(), { __proto__: null, v: 'one' });
byBuffer.close();

const url = pathToFileURL(file);
url.searchParams.set('mode', 'ro');
const readOnly = new DatabaseSync(url);
assert.throws(() => readOnly.exec("INSERT INTO t VALUES (2, 'two')"), {
  code: 'ERR_SQLITE_ERROR', message: 'attempt to write a readonly database', errcode: 8,
  errstr: 'attempt to write a readonly database',
});
readOnly.close();

const ro = new DatabaseSync(file, { readOnly: true });
assert.throws(() => ro.exec('DELETE FROM t'), { code: 'ERR_SQLITE_ERROR', errcode: 8 });
ro.close();

// Errors from SQLite carry the extended code and its description.
const mem = new DatabaseSync(':memory:');
assert.strictEqual(mem.location(), null);
assert.throws(() => mem.exec('SELEKT 1'), {
  code: 'ERR_SQLITE_ERROR', message: 'near "SELEKT": syntax error', errcode: 1,
  errstr: 'SQL logic error',
});
mem.exec('CREATE TABLE u(k INTEGER PRIMARY KEY)');
mem.exec('INSERT INTO u VALUES (1)');
assert.throws(() => mem.exec('INSERT INTO u VALUES (1)'), {
  code: 'ERR_SQLITE_ERROR', message: 'UNIQUE constraint failed: u.k', errcode: 1555,
  errstr: 'constraint failed',
});
assert.throws(() => mem.exec(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "sql" argument must be a string.',
});
assert.throws(() => mem.location(1), { code: 'ERR_INVALID_ARG_TYPE' });

// Foreign keys are enforced by default; double-quoted strings are identifiers.
mem.exec('CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(p REFERENCES p(id))');
assert.throws(() => mem.exec('INSERT INTO c VALUES (5)'), {
  code: 'ERR_SQLITE_ERROR', message: 'FOREIGN KEY constraint failed',
});
assert.throws(() => mem.prepare('SELECT "nope"'), { code: 'ERR_SQLITE_ERROR' });
const loose = new DatabaseSync(':memory:', {
  enableForeignKeyConstraints: false, enableDoubleQuotedStringLiterals: true,
});
assert.deepStrictEqual(loose.prepare('SELECT "yes" AS s').get(), { __proto__: null, s: 'yes' });
loose.close();

const closed = new DatabaseSync(':memory:', { open: false });
assert.strictEqual(closed.isOpen, false);
assert.throws(() => closed.exec('SELECT 1'), { code: 'ERR_INVALID_STATE' });
mem.close();

// --no-experimental-sqlite takes node:sqlite away.
const { spawnSync } = require('node:child_process');
const off = spawnSync(process.execPath, ['--no-experimental-sqlite', '-e', 'require("node:sqlite")'],
                      { encoding: 'utf8' });
assert.notStrictEqual(off.status, 0);
assert.match(off.stderr, /No such built-in module: node:sqlite/);
