'use strict';
// The -r preloads: process._preload_modules lists them as given (read-only), and
// Module._preloadModules(requests) loads more of them the same way; anything but an
// array is ignored.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const preload = path.join(tmpdir.path, 'preload.js');
fs.writeFileSync(preload, 'globalThis.preloaded = (globalThis.preloaded || 0) + 1;\n');

const d = Object.getOwnPropertyDescriptor(process, '_preload_modules');
assert.strictEqual(d.writable, false);
assert.strictEqual(d.configurable, true);
assert.deepStrictEqual(process._preload_modules, []);

const child = spawnSync(process.execPath,
                        ['-r', preload, '-r', './preload.js', '-p', 'JSON.stringify(process._preload_modules)'],
                        { cwd: tmpdir.path, encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
assert.deepStrictEqual(JSON.parse(child.stdout), [preload, './preload.js']);

Module._preloadModules(undefined);
Module._preloadModules('./preload.js');
assert.strictEqual(globalThis.preloaded, undefined);
Module._preloadModules([preload]);
assert.strictEqual(globalThis.preloaded, 1);
// Through the require cache: a loaded module is not run again.
Module._preloadModules([preload]);
assert.strictEqual(globalThis.preloaded, 1);
