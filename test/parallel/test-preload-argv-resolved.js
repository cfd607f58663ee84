'use strict';
// The main script's path in process.argv[1] is absolute already when -r preloads
// run, as node resolves it before loading them: a preload and the script see the
// same process.argv.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');

tmpdir.refresh();
const print = 'console.log(JSON.stringify(process.argv.slice(1)));';
fs.writeFileSync(tmpdir.resolve('preload.js'), print);
fs.writeFileSync(tmpdir.resolve('main.js'), print);

const r = run(['-r', './preload.js', 'main.js', 'x'], { cwd: tmpdir.path });
assert.strictEqual(r.code, 0, r.stderr);
const expected = JSON.stringify([fs.realpathSync(tmpdir.resolve('main.js')), 'x']);
const lines = r.stdout.trim().split('\n').map((line) => {
  const [main, ...rest] = JSON.parse(line);
  return JSON.stringify([fs.realpathSync(main), ...rest]);
});
assert.deepStrictEqual(lines, [expected, expected]);
