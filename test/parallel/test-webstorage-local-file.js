'use strict';
// localStorage lives in the --localstorage-file database: what one process stores
// the next reads back, a process that only reads the global creates no file, one
// that exits leaves no -wal or -shm file beside it, and sessionStorage keeps
// nothing on disk.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const { run } = require('../common/child');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('a.localstorage');
const flags = ['--experimental-webstorage', '--localstorage-file', file];

let r = run([...flags, '-p', 'localStorage === globalThis.localStorage']);
assert.strictEqual(r.stdout, 'true\n');
assert.deepStrictEqual(fs.readdirSync(tmpdir.path), []);

r = run([...flags, '-e', `
  localStorage.clear();
  localStorage.b = 'second';
  localStorage.setItem('a', 1);
  localStorage.setItem('\\ud800', 'lone\\udc00');
  localStorage['é'] = 'accent';
`]);
assert.strictEqual(r.code, 0, r.stderr);
assert.deepStrictEqual(fs.readdirSync(tmpdir.path), ['a.localstorage']);

r = run([...flags, '-p', 'JSON.stringify([localStorage.length, Object.keys(localStorage), localStorage.getItem("\\ud800"), localStorage.a])']);
assert.deepStrictEqual(JSON.parse(r.stdout), [4, ['\ud800', 'a', 'b', 'é'], 'lone\udc00', '1']);

r = run([...flags, '-e', 'localStorage.removeItem("b"); process.exit(0)']);
assert.strictEqual(r.code, 0, r.stderr);
r = run([...flags, '-p', 'localStorage.length']);
assert.strictEqual(r.stdout, '3\n');
assert.deepStrictEqual(fs.readdirSync(tmpdir.path), ['a.localstorage']);

r = run(['--experimental-webstorage', '-p', 'sessionStorage.foo = "bar"']);
assert.strictEqual(r.stdout, 'bar\n');
r = run(['--experimental-webstorage', '-p', 'sessionStorage.foo']);
assert.strictEqual(r.stdout, 'undefined\n');
assert.deepStrictEqual(fs.readdirSync(tmpdir.path), ['a.localstorage']);

// A location that cannot be opened fails each operation with node's error.
r = run(['--experimental-webstorage', '--localstorage-file', tmpdir.resolve('no/dir/x'), '-p',
         'try { localStorage.length } catch (e) { `${e.code} ${e.message}` }']);
assert.strictEqual(r.stdout, 'ERR_INVALID_STATE unable to open database file\n');
