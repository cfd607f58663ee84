'use strict';
// postMessageToThread() and process's 'workerMessage' event: any thread can post
// a value to any other by threadId. Every thread's inbox is registered under its
// id in internalBinding('messaging') (a process-wide table); a message carries a
// reply port, on which the receiving thread answers whether a 'workerMessage'
// listener took it (node's delivered / no listeners / errored).

const messaging = internalBinding('messaging');
const state = require('internal/worker/state');
// Loaded with the first message: every worker listens from its start, and most
// are never posted to this way.
const io = () => require('internal/worker/io');
// The error classes too: a worker's start-up only listens.
const { codes } = require('internal/errors');

const DELIVERED = 0;
const NO_LISTENERS = 1;
const ERRORED = 2;

// Takes this thread's inbox and answers what arrives in it. The inbox never
// keeps the thread alive.
let listening = false;
function listen() {
  if (listening) return;
  listening = true;
  const inbox = messaging.takeInbox();
  if (typeof inbox === 'number') throw require('internal/errors').uvException({ errno: inbox, syscall: 'eventfd' });
  if (inbox === undefined) return;
  inbox.onmessage = (data, buffers, portHandles, shared) => {
    let message;
    let reply;
    try {
      message = io().decodeMessage(data, buffers, portHandles, shared);
      reply = message.reply;
    } catch {
      return; // a message this thread cannot read: the sender's reply port closes
    }
    let status;
    try {
      status = process.emit('workerMessage', message.value, message.source) ? DELIVERED : NO_LISTENERS;
    } catch {
      status = ERRORED;
    }
    reply.postMessage(status);
    reply.close();
  };
  inbox.onclose = null;
  inbox.start();
  inbox.unref();
}

async function postMessageToThread(threadId, value, transferList, timeout) {
  if (typeof transferList === 'number' && timeout === undefined) {
    timeout = transferList;
    transferList = [];
  }
  const {
    ERR_WORKER_MESSAGING_ERRORED, ERR_WORKER_MESSAGING_FAILED, ERR_WORKER_MESSAGING_SAME_THREAD,
    ERR_WORKER_MESSAGING_TIMEOUT,
  } = codes;
  if (timeout !== undefined) require('internal/validators').validateNumber(timeout, 'timeout', 0);
  if (threadId === state.threadId) throw new ERR_WORKER_MESSAGING_SAME_THREAD();
  listen();
  const { port1, port2 } = new (io().MessageChannel)();
  const list = transferList === undefined || transferList === null ? [port2] : [...transferList, port2];
  let encoded;
  try {
    const { serializeMessage } = require('internal/worker/serialize');
    encoded = serializeMessage({ source: state.threadId, value, reply: port2 }, list, false, messaging.sharedMemory);
  } catch (err) {
    port1.close();
    port2.close();
    throw err;
  }
  const { data, buffers, ports, shared } = encoded;
  const handles = ports.map(io().detachPort);
  if (!messaging.postToThread(threadId, data, buffers, handles, shared)) {
    port1.close();
    throw new ERR_WORKER_MESSAGING_FAILED();
  }
  return new Promise((resolve, reject) => {
    let timer;
    const settle = (err) => {
      if (timer !== undefined) clearTimeout(timer);
      port1.removeAllListeners();
      port1.close();
      if (err) reject(err);
      else resolve();
    };
    if (timeout !== undefined) timer = setTimeout(() => settle(new ERR_WORKER_MESSAGING_TIMEOUT()), timeout);
    port1.on('message', (status) => {
      if (status === DELIVERED) settle();
      else if (status === ERRORED) settle(new ERR_WORKER_MESSAGING_ERRORED());
      else settle(new ERR_WORKER_MESSAGING_FAILED());
    });
    // The thread ended before it answered.
    port1.on('close', () => settle(new ERR_WORKER_MESSAGING_FAILED()));
  });
}

module.exports = { listen, postMessageToThread };
