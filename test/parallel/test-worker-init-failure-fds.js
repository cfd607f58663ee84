'use strict';
// Workers started while the process is out of file descriptors fail with an
// 'error' event (ERR_WORKER_INIT_FAILED, or the EMFILE of what could not be
// opened), never by ending the process.
const common = require('../common');
const assert = require('assert');
const { execFile } = require('child_process');
const { Worker } = require('worker_threads');

if (process.argv[2] === 'child') {
  let failed = 0;
  for (let i = 0; i < 40; i++) {
    const w = new Worker('require("worker_threads").parentPort.postMessage(4)', { eval: true });
    w.on('error', (e) => {
      assert.ok(['ERR_WORKER_INIT_FAILED', 'EMFILE', 'ENFILE'].includes(e.code), e.code);
      failed++;
    });
  }
  process.on('exit', () => console.log(failed > 0 ? 'some failed' : 'none failed'));
  return;
}

execFile('/bin/sh', ['-c', `ulimit -n 64 && exec "${process.execPath}" "${__filename}" child`],
         common.mustCall((err, stdout, stderr) => {
           assert.ifError(err);
           assert.strictEqual(stderr, '');
           assert.match(stdout, /^(some|none) failed\n$/);
         }));
