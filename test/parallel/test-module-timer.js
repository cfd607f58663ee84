'use strict';
// NODE_DEBUG=module_timer prints a line per require() with its parent, request and
// time; the node.module_timer trace category records each as a require('...') span.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

const logged = spawnSync(process.execPath, ['-e', 'require("url")'], {
  cwd: tmpdir.path,
  encoding: 'utf8',
  env: { ...process.env, NODE_DEBUG: 'module_timer' },
});
assert.strictEqual(logged.status, 0, logged.stderr);
assert.strictEqual(logged.stdout, '');
assert.match(logged.stderr, /^MODULE_TIMER \d+ \[\[eval\]\] \[url\]: [\d.]+ms$/m);

const file = path.join(tmpdir.path, 'timer-trace.log');
const traced = spawnSync(process.execPath, [
  '--trace-event-categories', 'node.module_timer', '--trace-event-file-pattern', file,
  '-e', 'require("url")',
], { cwd: tmpdir.path, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: '' } });
assert.strictEqual(traced.status, 0, traced.stderr);
assert.strictEqual(traced.stderr, '');
const spans = JSON.parse(fs.readFileSync(file, 'utf8')).traceEvents
  .filter((event) => event.name === "require('url')");
assert.deepStrictEqual(spans.map((event) => event.ph), ['b', 'e']);
assert.strictEqual(spans[0].cat, 'node,node.module_timer');
