'use strict';
// Unhandled rejections: the 'unhandledRejection' event, the default throw mode
// (exit 1, with 'uncaughtException' origin 'unhandledRejection'), and the modes.
const common = require('../common');
const assert = require('assert');
const { run } = require('../common/child');

let r = run(['-e', 'Promise.reject(new Error("nope"))']);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /Error: nope/);

r = run(['-e', 'process.on("unhandledRejection", (e, p) => console.log("got", e.message, p instanceof Promise)); Promise.reject(new Error("x"))']);
assert.deepStrictEqual([r.code, r.stdout], [0, 'got x true\n']);

r = run(['-e', 'process.on("uncaughtException", (e, o) => console.log(o, e.message)); Promise.reject(new Error("y"))']);
assert.deepStrictEqual([r.code, r.stdout], [0, 'unhandledRejection y\n']);

r = run(['-e', 'Promise.reject(42)']);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /ERR_UNHANDLED_REJECTION/);
assert.match(r.stderr, /The promise rejected with the reason "42"/);

r = run(['--unhandled-rejections=warn', '-e', 'Promise.reject(new Error("w")); setTimeout(() => console.log("alive"), 5)']);
assert.deepStrictEqual([r.code, r.stdout], [0, 'alive\n']);

r = run(['--unhandled-rejections=none', '-e', 'Promise.reject(new Error("w"))']);
assert.deepStrictEqual([r.code, r.stderr], [0, '']);

r = run(['--unhandled-rejections=warn-with-error-code', '-e', 'Promise.reject(new Error("w"))']);
assert.strictEqual(r.code, 1);

// A rejection handled within the same tick is not reported.
const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', common.mustNotCall());
setImmediate(() => {});
p.catch(common.mustCall());
