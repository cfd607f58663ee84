'use strict';
// Workers that call process.exit() from their main script leave no file
// descriptor behind once they have exited.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Worker } = require('worker_threads');

const count = () => fs.readdirSync('/proc/self/fd').length;
// The first worker makes this thread's own messaging state; count after it.
new Worker('process.exit(3)', { eval: true }).on('exit', common.mustCall(() => {
  const base = count();
  let left = 20;
  const next = () => {
    new Worker('process.exit(3)', { eval: true }).on('exit', common.mustCall((code) => {
      assert.strictEqual(code, 3);
      if (--left > 0) return next();
      setImmediate(() => assert.strictEqual(count(), base));
    }));
  };
  next();
}));
