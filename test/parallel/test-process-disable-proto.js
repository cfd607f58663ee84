'use strict';
// --disable-proto=delete removes Object.prototype.__proto__, --disable-proto=throw
// makes it an accessor that throws ERR_PROTO_ACCESS; both in the main realm, in vm
// contexts and in workers. Prototypes stay reachable through Object's functions.
// Another mode is refused at start-up (exit code 12).
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

function run(flag, code) {
  return spawnSync(process.execPath, [flag, '-e', code], { encoding: 'utf8' });
}

const check = `
  const assert = require('assert');
  const vm = require('vm');
  const { Worker, isMainThread } = require('worker_threads');
  const mode = process.execArgv[0].split('=')[1];
  function expect(realm, proto) {
    if (mode === 'delete') {
      assert.strictEqual(Object.getOwnPropertyDescriptor(proto, '__proto__'), undefined, realm);
      assert.strictEqual(realm.x.__proto__, undefined);
    } else {
      const d = Object.getOwnPropertyDescriptor(proto, '__proto__');
      assert.strictEqual(d.enumerable, false);
      assert.strictEqual(d.configurable, true);
      assert.strictEqual(d.get.name, '');
      assert.throws(() => realm.x.__proto__, { code: 'ERR_PROTO_ACCESS', name: 'Error',
        message: 'Accessing Object.prototype.__proto__ has been disallowed with --disable-proto=throw' });
      assert.throws(() => { realm.x.__proto__ = {}; }, { code: 'ERR_PROTO_ACCESS' });
    }
  }
  expect({ x: {} }, Object.prototype);
  assert.strictEqual(Object.getPrototypeOf({}), Object.prototype);
  const ctx = vm.createContext();
  expect({ x: vm.runInContext('({})', ctx) }, vm.runInContext('Object.prototype', ctx));
  if (isMainThread) {
    new Worker(process.argv[1] ? process.argv[1] : 'require("worker_threads").parentPort.postMessage(' +
      'Object.getOwnPropertyNames(Object.prototype).includes("__proto__"))', { eval: true })
      .on('message', (has) => { assert.strictEqual(has, mode === 'throw'); console.log('ok'); });
  }
`;

for (const mode of ['delete', 'throw']) {
  const child = run(`--disable-proto=${mode}`, check);
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'ok\n');
  assert.strictEqual(child.status, 0);
}

const bad = run('--disable-proto=other', '1');
assert.strictEqual(bad.status, 12);
assert.match(bad.stderr, /: invalid mode passed to --disable-proto\n/);
