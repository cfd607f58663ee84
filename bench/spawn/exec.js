'use strict';
// exec('echo hi') N times, one after the other: spawn through a shell, pipes,
// 'close', the callback.
const { exec } = require('child_process');
const n = Number(process.argv[2]) || 500;
const t = process.hrtime.bigint();
let i = 0;
(function next() {
  if (i++ === n) {
    console.log(`exec x${n}: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
    return;
  }
  exec('echo hi', (err, out) => {
    if (err || out !== 'hi\n') throw err || new Error(out);
    next();
  });
})();
