'use strict';
// Events that C reports on long-lived handles run in the AsyncLocalStorage
// context the handle was made in: a child process's 'exit', a UDP socket's
// 'message'.
const common = require('../common');
const assert = require('node:assert');
const child_process = require('node:child_process');
const dgram = require('node:dgram');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();

als.run('child', () => {
  const child = child_process.spawn(process.execPath, ['-e', '0']);
  child.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(als.getStore(), 'child');
  }));
});

als.run('udp', () => {
  const socket = dgram.createSocket('udp4');
  socket.on('message', common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'udp');
    socket.close();
  }));
  socket.bind(0, '127.0.0.1', common.mustCall(() => {
    als.run('other', () => socket.send('x', socket.address().port, '127.0.0.1'));
  }));
});
