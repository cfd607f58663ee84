'use strict';
// Options inherited from Object.prototype (a polluted `cwd`, `uid` or `shell`) do not
// reach the child: only the options object's own properties count.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const cwd = process.cwd();
Object.prototype.cwd = '/';
Object.prototype.shell = true;
try {
  assert.strictEqual(`${cp.execSync('pwd')}`, `${cwd}\n`);
  assert.strictEqual(`${cp.execFileSync('pwd')}`, `${cwd}\n`);
  assert.strictEqual(`${cp.spawnSync('pwd').stdout}`, `${cwd}\n`);
  assert.notStrictEqual(cp.spawnSync('pwd', ['-L && echo x']).status, 0);
  cp.exec('pwd', common.mustSucceed((out) => assert.strictEqual(out, `${cwd}\n`)));
  cp.execFile('pwd', common.mustSucceed((out) => assert.strictEqual(out, `${cwd}\n`)));
} finally {
  delete Object.prototype.cwd;
  delete Object.prototype.shell;
}
