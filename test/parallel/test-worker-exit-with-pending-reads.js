'use strict';
// A worker that calls process.exit() while its HTTP server's connection has unread
// bytes waiting (a second request, written while the handler of the first held the
// thread) exits with its code, and the process goes on: the pending read is not
// delivered into the worker being torn down (eddy crashed there: the parser's read
// callback ran during the worker's disposal, after the parser state was freed).
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { Worker } = require('worker_threads');

const shared = new SharedArrayBuffer(4);
const flag = new Int32Array(shared);
const worker = new Worker(`
  const http = require('http');
  const { parentPort, workerData } = require('worker_threads');
  const flag = new Int32Array(workerData);
  const server = http.createServer(() => {
    parentPort.postMessage('handling');
    Atomics.wait(flag, 0, 0); // until the main thread has written the second request
    process.exit(7);
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`, { eval: true, workerData: shared });

const request = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
let socket;
worker.on('message', common.mustCall((msg) => {
  if (typeof msg === 'number') {
    socket = net.connect(msg, '127.0.0.1', () => socket.write(request));
    socket.on('error', () => {}); // reset when the worker's handles close
    return;
  }
  assert.strictEqual(msg, 'handling');
  socket.write(request.repeat(20), common.mustCall(() => {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }));
}, 2));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 7);
  socket.destroy();
}));
