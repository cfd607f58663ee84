'use strict';
// A handle that user code put in a socket's _handle (a plain object) is asked to read
// through its own readStart(), as node does, instead of failing inside the runtime.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const socket = new net.Socket();
socket._handle = {
  readStart: common.mustCall(() => 0),
};
socket.resume();
setImmediate(common.mustCall(() => assert.strictEqual(socket.destroyed, false)));

// The same for a plain object given as options.handle: its own methods are used.
const given = new net.Socket({
  handle: {
    readStart: common.mustCall(() => 0),
    setNoDelay: common.mustCall((enable) => assert.strictEqual(enable, true)),
  },
});
given.setNoDelay();
