'use strict';
// console.log to a pipe whose reader has gone (EPIPE) is ignored: the program
// finishes normally, whether or not it touched process.stdout first.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

for (const prefix of ['', 'process.stdout;']) {
  const code = `${prefix} for (let i = 0; i < 1e5; i++) console.log(i); console.error('done')`;
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" -e "${code}" | head -1`], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '0\n');
  assert.strictEqual(r.stderr, 'done\n');
}
