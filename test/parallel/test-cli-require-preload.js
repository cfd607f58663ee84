'use strict';
// -r/--require loads modules, in order, before the main script.
require('../common');
const assert = require('assert');
const path = require('path');
const { run } = require('../common/child');

const a = path.join(__dirname, '..', 'fixtures', 'cli', 'preload-a.js');
const b = path.join(__dirname, '..', 'fixtures', 'cli', 'preload-b.js');
const r = run(['-r', a, '--require', b, '-e', 'console.log(globalThis.preloaded.join(","))']);
assert.strictEqual(r.stdout, 'a,b\n');
