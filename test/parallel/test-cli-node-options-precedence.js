'use strict';
// An option given both in NODE_OPTIONS and on the command line takes the command
// line's value; given twice in one place, the last one.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function headerSize(args, nodeOptions) {
  const env = { ...process.env };
  if (nodeOptions === undefined) delete env.NODE_OPTIONS;
  else env.NODE_OPTIONS = nodeOptions;
  const r = spawnSync(process.execPath, [...args, '-p', 'http.maxHeaderSize'], { encoding: 'utf8', env });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout.trim();
}

assert.strictEqual(headerSize([]), '16384');
assert.strictEqual(headerSize(['--max-http-header-size=1234', '--max-http-header-size=5678']), '5678');
assert.strictEqual(headerSize(['--max-http-header-size=5678'], '--max-http-header-size=1234'), '5678');
assert.strictEqual(headerSize([], '--max-http-header-size=1234'), '1234');
