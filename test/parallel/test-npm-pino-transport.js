'use strict';
// pino from npm logging through a transport: a worker thread that pino's
// thread-stream feeds through a SharedArrayBuffer, waiting with Atomics.waitAsync.
// `make npm-packages` installs it; without it the test is skipped.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
const tmpdir = require('../common/tmpdir');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let pino;
try {
  pino = fixtureRequire('pino');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (pino) {
  tmpdir.refresh();
  const file = tmpdir.resolve('log.ndjson');
  const transport = pino.transport({ target: 'pino/file', options: { destination: file } });
  const logger = pino({ base: null, timestamp: false }, transport);
  for (let i = 0; i < 100; i++) logger.info({ i }, 'line');
  logger.warn('last');
  // The transport's worker is unref'd: without this the process may end (in node
  // too) before the worker has exited and the transport closed.
  const keepAlive = setInterval(() => {}, 1000);
  transport.on('close', common.mustCall(() => {
    clearInterval(keepAlive);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(lines.length, 101);
    assert.deepStrictEqual(lines[0], { level: 30, i: 0, msg: 'line' });
    assert.deepStrictEqual(lines[100], { level: 40, msg: 'last' });
  }));
  transport.end();
}
