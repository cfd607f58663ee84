'use strict';
// Descriptors a worker opened with fs.open()/openSync() and never closed are
// closed when it ends (trackUnmanagedFds, on by default), even when it is
// terminated; with trackUnmanagedFds: false they stay open.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { once } = require('events');
const { Worker } = require('worker_threads');

const source = `
  const fs = require('fs');
  const { parentPort } = require('worker_threads');
  fs.open(${JSON.stringify(__filename)}, (err, fd) => {
    parentPort.postMessage([fs.openSync(${JSON.stringify(__filename)}), fd]);
  });
  setInterval(() => {}, 1000);
`;

(async () => {
  const tracked = new Worker(source, { eval: true });
  const [fds] = await once(tracked, 'message');
  await tracked.terminate();
  for (const fd of fds) assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });

  const untracked = new Worker(source, { eval: true, trackUnmanagedFds: false });
  const [kept] = await once(untracked, 'message');
  await untracked.terminate();
  for (const fd of kept) {
    fs.fstatSync(fd);
    fs.closeSync(fd);
  }
})().then(common.mustCall());
