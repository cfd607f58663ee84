'use strict';
// The entry point of a worker thread's runtime (internalBinding('worker') tells
// run_main.js it is one). The parent's first message on the internal port says what
// to run; then 'online' goes back, and errors that nobody handles go to the
// parent's Worker 'error' event instead of stderr.

const state = require('internal/worker/state');
const io = require('internal/worker/io');

function run(binding, options) {
  const [publicHandle, internalHandle] = binding.getPorts();
  const internalPort = io.makePort(internalHandle);
  internalPort.unref();
  const load = io.receiveMessageOnPort(internalPort).message;

  state.parentPort = io.makePort(publicHandle);
  state.workerData = load.workerData;
  state.resourceLimits = load.resourceLimits;
  state.threadName = load.name;
  state.environmentData = load.environmentData;

  if (!load.shareEnv) {
    const env = { ...load.env };
    Object.defineProperty(process, 'env', { value: env, writable: true, enumerable: true, configurable: true });
  }

  require('internal/process/execution').setFatalHook((err) => {
    try {
      io.postThrough(internalHandle, { type: 'error', error: err, isError: err instanceof Error }, undefined);
    } catch {
      io.postThrough(internalHandle, { type: 'error', unserializable: true }, undefined);
    }
  });
  io.postThrough(internalHandle, { type: 'online' }, undefined);

  if (load.isEval) {
    require('internal/main/run_main').evalScript('[worker eval]', load.filename, false);
    return;
  }
  const { Module } = require('internal/modules/cjs/loader');
  Module.runMain(load.filename);
  void options;
}

module.exports = { run };
