'use strict';
// node:sqlite's backup(): copies step by step on the thread pool with progress
// between steps, rejects with SQLite's errors, and validates its arguments.
const common = require('../common');
const assert = require('node:assert');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');
const { DatabaseSync, backup } = require('node:sqlite');

tmpdir.refresh();
assert.strictEqual(backup.length, 2);

const source = new DatabaseSync(':memory:');
source.exec('CREATE TABLE t(k INTEGER PRIMARY KEY, v BLOB)');
const insert = source.prepare('INSERT INTO t (v) VALUES (?)');
for (let i = 0; i < 20; i++) insert.run(new Uint8Array(1000).fill(i));

assert.throws(() => backup(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => backup(source), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => backup(source, 'x.db', { rate: 1.5 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.rate" argument must be an integer.',
});
assert.throws(() => backup(source, 'x.db', { progress: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.progress" argument must be a function.',
});
const closed = new DatabaseSync(':memory:');
closed.close();
assert.throws(() => backup(closed, 'x.db'), {
  code: 'ERR_INVALID_STATE', message: 'database is not open',
});

(async () => {
  const file = path.join(tmpdir.path, 'copy.db');
  const seen = [];
  const pages = await backup(source, file, { rate: 2, progress: (p) => seen.push(p) });
  assert.ok(pages > 2);
  assert.ok(seen.length > 0);
  assert.deepStrictEqual(seen[0], { totalPages: pages, remainingPages: pages - 2 });
  const copy = new DatabaseSync(file);
  assert.strictEqual(copy.prepare('SELECT count(*) AS n FROM t').get().n, 20);
  copy.close();

  await assert.rejects(backup(source, path.join(tmpdir.path, 'no', 'such', 'dir.db')), {
    code: 'ERR_SQLITE_ERROR', message: 'unable to open database file',
  });
  await assert.rejects(backup(source, path.join(tmpdir.path, 'b.db'), { source: 'nope' }), {
    code: 'ERR_SQLITE_ERROR', message: 'unknown database nope',
  });
  await assert.rejects(backup(source, path.join(tmpdir.path, 'c.db'), {
    rate: 1, progress() { throw new Error('stop'); },
  }), { message: 'stop' });

  // The source may close while a backup runs.
  const running = backup(source, path.join(tmpdir.path, 'd.db'), { rate: 1 });
  source.close();
  await running.catch(() => {});
})().then(common.mustCall());
