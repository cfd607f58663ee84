'use strict';
// node:sqlite's per-call cost: CASE=insert (100k prepared INSERTs in one
// transaction), get (100k point lookups by key), all (10 reads of 100k rows as
// objects), fn (a JS function called for 100k rows).
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE t(k INTEGER PRIMARY KEY, name TEXT, score REAL)');
const N = 100000;
const insert = db.prepare('INSERT INTO t (k, name, score) VALUES (?, ?, ?)');
const fill = () => {
  db.exec('BEGIN');
  for (let i = 0; i < N; i++) insert.run(i, `name-${i}`, i / 7);
  db.exec('COMMIT');
};
fill();

let sink = 0;
switch (process.env.CASE || 'insert') {
  case 'insert':
    db.exec('DELETE FROM t');
    fill();
    break;
  case 'get': {
    const get = db.prepare('SELECT name, score FROM t WHERE k = ?');
    for (let i = 0; i < N; i++) sink += get.get(i).score;
    break;
  }
  case 'all': {
    const all = db.prepare('SELECT k, name, score FROM t');
    for (let r = 0; r < 10; r++) sink += all.all().length;
    break;
  }
  case 'fn': {
    db.function('twice', (x) => x * 2);
    sink = db.prepare('SELECT sum(twice(score)) AS s FROM t').get().s;
    break;
  }
}
if (sink === -1) console.log(sink);
