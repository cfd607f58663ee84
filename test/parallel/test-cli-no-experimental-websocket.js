'use strict';
// --no-experimental-websocket leaves WebSocket and CloseEvent out of the globals
// (MessageEvent stays); without it they are there, non-enumerable.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const probe = 'console.log(typeof WebSocket, typeof CloseEvent, typeof MessageEvent, ' +
  "Object.keys(globalThis).includes('WebSocket'))";
assert.strictEqual(run(['--no-experimental-websocket', '-e', probe]).stdout, 'undefined undefined function false\n');
assert.strictEqual(run(['-e', probe]).stdout, 'function function function false\n');
assert.strictEqual(run(['-e', probe], { env: { ...process.env, NODE_OPTIONS: '--no-experimental-websocket' } }).stdout,
                   'undefined undefined function false\n');
