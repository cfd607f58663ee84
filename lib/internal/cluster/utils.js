'use strict';
// Shared by both sides of node:cluster: the internal message protocol over the IPC
// channel. A message is { cmd: 'NODE_CLUSTER', act, seq, ... }; a reply carries
// { ack: seq }. Handles (listening sockets, accepted connections) ride with their
// message through the channel (internal/child_process/ipc.js).

const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// An 'internalMessage' listener: replies go to their callback, the rest to cb.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    fn.call(worker, message, handle);
  };
}

let isWorkerThread = false;
function setWorker(value) {
  isWorkerThread = value;
}
function isWorker() {
  return isWorkerThread;
}

module.exports = { sendHelper, internal, setWorker, isWorker };
