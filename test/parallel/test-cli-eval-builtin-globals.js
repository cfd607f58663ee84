'use strict';
// In -e scripts the public built-ins are lazy, non-enumerable globals (`os`, `fs`,
// ...) that an assignment replaces; stdin scripts do not get them.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

let r = run(['-e', "console.log(typeof os, os === require('os'), typeof fs.readFileSync," +
  "Object.keys(globalThis).includes('fs'), typeof child_process.spawn, typeof test);" +
  "fs = 5; console.log(fs, Object.getOwnPropertyDescriptor(globalThis, 'fs').enumerable)"]);
assert.strictEqual(r.code, 0, r.stderr);
assert.strictEqual(r.stdout, 'object true function false function undefined\n5 true\n');

r = run(['-p', 'typeof zlib.gzipSync']);
assert.strictEqual(r.stdout, 'function\n');

r = run(['-e', "os.userInfo({ get encoding() { throw new Error('xyz'); } })"]);
assert.notStrictEqual(r.code, 0);
assert.match(r.stderr, /Error: xyz/);

r = run(['-'], { input: 'console.log(typeof zlib)' });
assert.strictEqual(r.stdout, 'undefined\n');
