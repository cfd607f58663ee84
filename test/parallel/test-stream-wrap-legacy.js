'use strict';
// require('_stream_wrap'): the JS stream socket class, with its deprecation warning.
const common = require('../common');
const assert = require('assert');
const net = require('net');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0125');
  assert.strictEqual(warning.message, 'The _stream_wrap module is deprecated.');
}));
const JSStreamSocket = require('_stream_wrap');
assert.strictEqual(typeof JSStreamSocket, 'function');
assert.strictEqual(JSStreamSocket.name, 'JSStreamSocket');
assert.ok(JSStreamSocket.prototype instanceof net.Socket);
assert.ok(require('module').builtinModules.includes('_stream_wrap'));
