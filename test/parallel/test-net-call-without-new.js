'use strict';
// net.Server and net.Socket may be called without `new`, and subclassed.
require('../common');
const assert = require('assert');
const net = require('net');

const server = net.Server();
assert.ok(server instanceof net.Server);
const socket = net.Socket();
assert.ok(socket instanceof net.Socket);
socket.destroy();
class MyServer extends net.Server {}
assert.ok(new MyServer() instanceof net.Server);
