'use strict';
// --security-revert: node 24 has no fix that may be reverted, so every CVE named is
// unknown: the executable's path, node's message, exit code 12, nothing run.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const r = run(['--security-revert=CVE-2000-0001', '-e', 'console.log("ran")']);
assert.strictEqual(r.code, 12);
assert.strictEqual(r.stdout, '');
assert.strictEqual(r.stderr, `${process.execPath}: Error: Attempt to revert an unknown CVE [CVE-2000-0001]\n`);
