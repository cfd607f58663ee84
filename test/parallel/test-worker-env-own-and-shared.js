'use strict';
// A worker's process.env: its own copy of the parent's by default (changes stay in
// the worker), the process's with SHARE_ENV (changes seen both ways), or the env
// option's values; always a plain writable data property of process.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

process.env.EDDY_TEST_PARENT = 'parent';

const probe = `
  const { parentPort } = require('worker_threads');
  const d = Object.getOwnPropertyDescriptor(process, 'env');
  parentPort.postMessage({
    parent: process.env.EDDY_TEST_PARENT,
    custom: process.env.EDDY_TEST_CUSTOM,
    data: 'value' in d && d.writable && d.enumerable && d.configurable,
  });
  process.env.EDDY_TEST_CHILD = 'child';
`;

function run(options) {
  return new Promise((resolve) => {
    let message;
    new Worker(probe, { eval: true, ...options })
      .on('message', (m) => { message = m; })
      .on('exit', common.mustCall((code) => {
        assert.strictEqual(code, 0);
        resolve(message);
      }));
  });
}

(async () => {
  assert.deepStrictEqual(await run({}), { parent: 'parent', custom: undefined, data: true });
  assert.strictEqual(process.env.EDDY_TEST_CHILD, undefined);

  assert.deepStrictEqual(await run({ env: { EDDY_TEST_CUSTOM: 1 } }),
                         { parent: undefined, custom: '1', data: true });
  assert.strictEqual(process.env.EDDY_TEST_CHILD, undefined);

  assert.deepStrictEqual(await run({ env: SHARE_ENV }), { parent: 'parent', custom: undefined, data: true });
  assert.strictEqual(process.env.EDDY_TEST_CHILD, 'child');
})().then(common.mustCall());
