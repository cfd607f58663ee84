'use strict';
// node:inspector without a debugger. eddy has no DevTools protocol backend (its engine,
// JavaScriptCore, exposes none to a C embedder), but packages load this module
// unconditionally — pm2's process container, tap's coverage hook — and only some of
// them use a session. So the module is node's shape over a backend that knows no
// protocol domain: a Session connects, and every post() is answered, at once, as V8
// answers a method it does not have (error -32601, "'X.y' wasn't found"). No session
// ever receives a notification. open() cannot start a debugger and says so with
// ERR_INSPECTOR_NOT_AVAILABLE; url() is undefined and waitForDebugger() finds the
// inspector inactive, as in a node whose inspector was never opened.
// process.features.inspector stays false, since no debugger can attach.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { kEmptyObject } = require('internal/util');

const isMainThread = internalBinding('worker').isMainThread;

// The backend's answer to one request: the protocol error for an unknown method.
function dispatch(method) {
  return { code: -32601, message: `'${method}' wasn't found` };
}

class Session extends EventEmitter {
  #connected = false;

  // Connects the session to this thread's backend.
  connect() {
    if (this.#connected) throw new codes.ERR_INSPECTOR_ALREADY_CONNECTED('The inspector session');
    if (require('internal/options').permissionEnabled) {
      require('internal/process/permission').check('Inspector');
    }
    this.#connected = true;
  }

  // Connects a worker's session to the main thread's backend; a main thread has none
  // above it.
  connectToMainThread() {
    if (isMainThread) throw new codes.ERR_INSPECTOR_NOT_WORKER();
    this.connect();
  }

  // Sends one protocol request; the callback gets (error, result) before post returns,
  // as node calls it for a request its backend answers synchronously.
  post(method, params, callback) {
    validateString(method, 'method');
    if (!callback && typeof params === 'function') {
      callback = params;
      params = null;
    }
    if (params) validateObject(params, 'params');
    if (callback) validateFunction(callback, 'callback');
    if (!this.#connected) throw new codes.ERR_INSPECTOR_NOT_CONNECTED();
    const error = dispatch(method, params);
    if (callback) callback(new codes.ERR_INSPECTOR_COMMAND(error.code, error.message), undefined);
  }

  disconnect() {
    this.#connected = false;
  }
}

function open(port, host, wait) {
  throw new codes.ERR_INSPECTOR_NOT_AVAILABLE();
}

function close() {}

function url() {
  return undefined;
}

function waitForDebugger() {
  throw new codes.ERR_INSPECTOR_NOT_ACTIVE();
}

// inspector.console writes to a debugger's console only: with none, each method does
// nothing. Node's names, in node's order.
const inspectorConsole = {};
for (const name of ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace',
  'group', 'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
  'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context']) {
  // A computed key names each function after its method, as node's are.
  inspectorConsole[name] = { [name]() {} }[name];
}

// Network events go to the debuggers connected to this process: there are none.
function networkEvent(name) {
  return { [name](params = kEmptyObject) {
    validateObject(params, 'params');
  } }[name];
}
const Network = {};
for (const name of ['requestWillBeSent', 'responseReceived', 'loadingFinished', 'loadingFailed',
  'dataSent', 'dataReceived', 'webSocketCreated', 'webSocketClosed',
  'webSocketHandshakeResponseReceived']) {
  Network[name] = networkEvent(name);
}

// NetworkResources.put serves a resource's text to debuggers; node does so only
// under --experimental-inspector-network-resource and otherwise warns.
const NetworkResources = {
  put(url, data) {
    process.emitWarning('The --experimental-inspector-network-resource option is not enabled. ' +
      'Please enable it to use the putNetworkResource function');
  },
};

module.exports = {
  open,
  close,
  url,
  waitForDebugger,
  console: inspectorConsole,
  Session,
  Network,
  NetworkResources,
};
