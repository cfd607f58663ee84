'use strict';
// node:worker_threads: Worker (internal/worker.js), the ports and channels of
// internal/worker/io.js, and what this thread is (internal/worker/state.js).

const state = require('internal/worker/state');
const { Worker, SHARE_ENV } = require('internal/worker');
const {
  BroadcastChannel, MessageChannel, MessagePort, moveMessagePortToContext, receiveMessageOnPort,
} = require('internal/worker/io');
const { markAsUncloneable, markAsUntransferable, isMarkedAsUntransferable } = require('internal/worker/serialize');

function setEnvironmentData(key, value) {
  if (value === undefined) state.environmentData.delete(key);
  else state.environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return state.environmentData.get(key);
}

// A thread answers postMessageToThread() once it could be asked: every worker
// from its start, the main thread from its first Worker (internal/worker.js).
function postMessageToThread(threadId, value, transferList, timeout) {
  return require('internal/worker/messaging').postMessageToThread(threadId, value, transferList, timeout);
}

module.exports = {
  isMainThread: state.isMainThread,
  // No user code runs on an internal thread of eddy's (module hooks run where they
  // were registered).
  isInternalThread: false,
  MessagePort,
  MessageChannel,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: state.resourceLimits,
  postMessageToThread,
  threadId: state.threadId,
  threadName: state.threadName,
  SHARE_ENV,
  Worker,
  parentPort: state.parentPort,
  workerData: state.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
// Loaded on first use: a program that only starts workers does not pay for Web Locks.
require('internal/util').defineLazyProperty(module.exports, 'locks', () => require('internal/locks').locks);
