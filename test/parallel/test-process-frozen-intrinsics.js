'use strict';
// --frozen-intrinsics freezes the built-in objects after the -r preloads (which
// may still change them), in the main thread and in workers, with node's warning.
require('../common');
const assert = require('assert');
const path = require('path');
const { run } = require('../common/child');

const fixtures = path.join(__dirname, '..', 'fixtures', 'frozen-intrinsics');
const mutate = path.join(fixtures, 'mutate.js');
const check = path.join(fixtures, 'check.js');

const main = run(['--frozen-intrinsics', '-r', mutate, check]);
assert.strictEqual(main.stdout, 'smoosh\nchecked\n', main.stderr);
assert.strictEqual(main.code, 0);
assert.match(main.stderr,
             /ExperimentalWarning: Frozen intristics is an experimental feature and might change at any time/);

// A worker inherits the flags: it runs the preload, then freezes.
const worker = run(['--frozen-intrinsics', '-r', mutate, '-e',
                    `new (require('worker_threads').Worker)(${JSON.stringify(check)})`]);
assert.strictEqual(worker.stdout, 'smoosh\nchecked\n', worker.stderr);
assert.strictEqual(worker.code, 0);

// A WebAssembly module still imports (its abstract base class is frozen in place).
const wasmMain = path.join(fixtures, 'import-wasm.mjs');
const wasm = run(['--frozen-intrinsics', '--no-warnings', wasmMain]);
assert.strictEqual(wasm.stdout, 'true WebAssembly.Module 0\n', wasm.stderr);
assert.strictEqual(wasm.code, 0);

// Without the flag nothing is frozen.
const plain = run(['-e', 'console.log(Object.isFrozen(Object.prototype))']);
assert.strictEqual(plain.stdout, 'false\n');
