'use strict';
// --experimental-loader (and its alias --loader) registers hooks modules, resolved
// from the working directory, before the entry point loads: the entry point and its
// imports, ES module or CommonJS, go through them. Node warns that the flag may go.
require('../common');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');
const assert = require('assert');

const cwd = fixtures.path('esm', 'hooks');
const warning = '`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
  '--import \'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } ' +
  'from "node:url"; register("./tracer.mjs", pathToFileURL("./"));\'';

let r = run(['--experimental-loader', './tracer.mjs', '--input-type=module', '-e',
             'import("trace:node:os").then((os) => console.log(typeof os.default.platform))'], { cwd });
assert.strictEqual(r.stdout, 'resolve trace:node:os nextResolve string\nfunction\n', r.stderr);
assert.match(r.stderr, /ExperimentalWarning/);
assert.ok(r.stderr.includes(warning), r.stderr);
assert.strictEqual(r.code, 0);

// The entry point is resolved with no parent; a CommonJS one runs as it would.
r = run(['--no-warnings', '--loader=./tracer.mjs', '-e',
         'import("trace:./as-module.txt").catch((e) => console.log(e.code))'], { cwd });
assert.strictEqual(r.stdout, 'resolve trace:./as-module.txt nextResolve string\nERR_UNKNOWN_FILE_EXTENSION\n',
                   r.stderr);
assert.strictEqual(r.stderr, '');

r = run(['--no-warnings', '--loader', './virtual.mjs', './as-module.txt'], { cwd });
assert.strictEqual(r.code, 0, r.stderr);
assert.strictEqual(r.stderr, '');

r = run(['--no-warnings', '--experimental-loader', './missing.mjs', '-e', '0'], { cwd });
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /ERR_MODULE_NOT_FOUND/);
