'use strict';
// A worker given execArgv reads its options afresh, NODE_PRESERVE_SYMLINKS from the
// env it was given included: with it, a module required through a symlink keeps the
// link's path as its filename; without it, the real path.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Worker } = require('worker_threads');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const real = path.join(tmpdir.path, 'real.js');
const link = path.join(tmpdir.path, 'link.js');
fs.writeFileSync(real, 'module.exports = __filename;\n');
fs.symlinkSync(real, link);

const source = `require('worker_threads').parentPort.postMessage(require(${JSON.stringify(link)}));`;
function filenameSeen(extraEnv) {
  const env = { ...process.env, ...extraEnv };
  delete env.NODE_PRESERVE_SYMLINKS;
  Object.assign(env, extraEnv);
  const w = new Worker(source, { eval: true, execArgv: [], env });
  return new Promise((resolve) => w.once('message', resolve));
}

(async () => {
  assert.strictEqual(await filenameSeen({ NODE_PRESERVE_SYMLINKS: '1' }), link);
  assert.strictEqual(await filenameSeen({}), real);
})().then(common.mustCall());
