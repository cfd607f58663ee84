'use strict';
// Warning output options: --disable-warning (by code or type; the 'warning' event
// still fires), --redirect-warnings=file, and warnings written through
// process.stderr.write so that a program patching it sees them.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');

const emit = "process.on('warning', (w) => console.log('event', w.code));" +
  "process.emitWarning('a', 'Warning', 'X1');" +
  "process.emitWarning('b', 'DeprecationWarning', 'D1');" +
  "process.emitWarning('c', 'Warning', 'X2');";

{
  const r = run(['--disable-warning=X1', '--disable-warning=DeprecationWarning', '-e', emit]);
  assert.strictEqual(r.code, 0, r.stderr);
  assert.strictEqual(r.stdout, 'event X1\nevent D1\nevent X2\n');
  assert.match(r.stderr, /^\(node:\d+\) \[X2\] Warning: c\n/);
  assert.doesNotMatch(r.stderr, /X1|D1/);
}

{
  const r = run(['-e', emit], { env: { ...process.env, NODE_OPTIONS: '--disable-warning=X2' } });
  assert.strictEqual(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /X2/);
  assert.match(r.stderr, /\[X1\] Warning: a/);
}

{
  tmpdir.refresh();
  const file = tmpdir.resolve('warnings.txt');
  const r = run([`--redirect-warnings=${file}`, '-e', emit]);
  assert.strictEqual(r.code, 0, r.stderr);
  assert.strictEqual(r.stderr, '');
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, /^\(node:\d+\) \[X1\] Warning: a\n/);
  assert.match(text, /\[D1\] DeprecationWarning: b\n/);
  assert.match(text, /\[X2\] Warning: c\n$/);
}

{
  const r = run(['-e', "const w = process.stderr.write; process.stderr.write = (d) => " +
    "{ process.stderr.write = w; console.log('seen', String(d).includes('hello')); return true; };" +
    "process.emitWarning('hello')"]);
  assert.strictEqual(r.code, 0, r.stderr);
  assert.strictEqual(r.stdout, 'seen true\n');
}
