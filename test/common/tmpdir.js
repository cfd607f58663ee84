'use strict';
// A private temporary directory per test process, removed when the process exits.

const fs = require('fs');
const os = require('os');
const path = require('path');

const tmpPath = path.join(os.tmpdir(), `eddy-test-${process.pid}`);
let created = false;

function refresh() {
  fs.rmSync(tmpPath, { recursive: true, force: true });
  fs.mkdirSync(tmpPath, { recursive: true });
  if (!created) {
    created = true;
    process.on('exit', () => fs.rmSync(tmpPath, { recursive: true, force: true }));
  }
}

module.exports = {
  path: tmpPath,
  refresh,
  resolve: (...paths) => path.resolve(tmpPath, ...paths),
};
