'use strict';
// Start-up compiles only what a program uses: a program that sets no timer, has no
// uncaught error or rejection, resolves no package and prints nothing leaves the
// modules behind those unloaded (eddy; node's come from its snapshot, so there
// only the list itself is checked).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['-e', 'require("fs").writeSync(1, JSON.stringify(process.moduleLoadList))'],
                    { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const loaded = JSON.parse(r.stdout);
assert.ok(Array.isArray(loaded));
assert.ok(loaded.includes('NativeModule events'));

if (process.versions.eddy) {
  for (const id of ['internal/timers', 'internal/modules/exports', 'internal/modules/package_json_reader',
    'internal/process/execution', 'internal/process/promises', 'internal/util/inspect',
    'internal/console/global']) {
    assert.ok(!loaded.includes(`NativeModule ${id}`), `${id} loaded at start-up`);
  }
}
