'use strict';
// worker_threads.moveMessagePortToContext(port, context): the port's end of its
// channel handed to a vm context, as node does it. The port given is closed; the
// one returned is an object of the context's realm (its prototypes, the values and
// events of its messages and the errors its methods throw are that realm's), with
// no EventTarget: messages go to its `onmessage` property, those that cannot be
// made in the context to `onmessageerror`, each as a { data, target, type, ports }
// event, once start() was called. Like a new native port in node, it holds the
// event loop open until closed or unref()'d.

const messaging = internalBinding('messaging');
const contextify = internalBinding('contextify');
const { codes } = require('internal/errors');
const io = require('internal/worker/io');
const { deserializeInRealm } = require('internal/worker/serialize');
const { globalOfContext } = require('internal/vm/contexts');

// What the realm of each context needs, made once per context global.
const realms = new WeakMap();
// moved port (the context's object) -> its state here: { handle, realm }.
const states = new WeakMap();

// Run inside the context, with its global's forwarding to the sandbox off, so the
// names below are the context's own built-ins. `hooks` are this realm's functions
// the port's methods call.
const kRealmSource = `(function makeRealm(hooks) {
  'use strict';
  const { Object: O, Array: A, Error: E, Reflect: R } = globalThis;
  const realm = {
    Object: O, Array: A, Date, RegExp, Map, Set, ArrayBuffer, SharedArrayBuffer, DataView,
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
    Error: E, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
  };
  if (typeof Float16Array === 'function') realm.Float16Array = Float16Array;

  class DOMException extends E {
    constructor(message = '', name = 'Error', code = 0) {
      super(message);
      O.defineProperty(this, 'name', { value: name, writable: true, configurable: true });
      O.defineProperty(this, 'code', { value: code, writable: true, configurable: true });
    }
  }
  realm.DOMException = DOMException;

  class MessageEvent {
    constructor(data, target, type, ports) {
      this.data = data;
      this.target = target;
      this.type = type;
      this.ports = ports;
    }
  }

  function HandleWrap() {
    throw new TypeError('Illegal constructor');
  }
  // Methods first, then constructor, in each prototype (as node's read in order).
  HandleWrap.prototype = new O();
  HandleWrap.prototype.close = function close() { hooks.close(this); };
  HandleWrap.prototype.hasRef = function hasRef() { return hooks.hasRef(this); };
  HandleWrap.prototype.ref = function ref() { hooks.ref(this); };
  HandleWrap.prototype.unref = function unref() { hooks.unref(this); };
  O.defineProperty(HandleWrap.prototype, 'constructor', { value: HandleWrap, writable: true, configurable: true });

  function MessagePort() {
    throw new TypeError('Illegal constructor');
  }
  R.setPrototypeOf(MessagePort, HandleWrap);
  MessagePort.prototype = O.create(HandleWrap.prototype);
  MessagePort.prototype.postMessage = function postMessage(value, transfer) {
    hooks.post(this, arguments.length, value, transfer);
  };
  MessagePort.prototype.start = function start() { hooks.start(this); };
  O.defineProperty(MessagePort.prototype, 'constructor', { value: MessagePort, writable: true, configurable: true });

  realm.makePort = () => O.create(MessagePort.prototype);
  realm.dispatch = (port, type, data, ports) => {
    const handler = type === 'message' ? port.onmessage : port.onmessageerror;
    if (typeof handler !== 'function') return;
    const list = new A();
    for (let i = 0; i < ports.length; i++) list[i] = ports[i];
    R.apply(handler, port, [new MessageEvent(data, port, type, list)]);
  };
  return realm;
})`;

function realmOf(global) {
  let realm = realms.get(global);
  if (realm !== undefined) return realm;
  const make = contextify.run(global, kRealmSource, 'node:internal/worker/moved_port', 0);
  realm = contextify.withoutSandbox(global, make, hooks);
  realm.unavailable = (made) => unavailable(realm, made);
  realms.set(global, realm);
  return realm;
}

// A message that holds what only node's own realm can make (a FileHandle, a
// KeyObject, ...): what was made for it is let go, and the context is told.
function unavailable(realm, made) {
  if (made !== null && typeof made === 'object' && typeof made.close === 'function') {
    try {
      const closing = made.close();
      if (typeof closing?.catch === 'function') closing.catch(() => {});
    } catch {
      // already unusable
    }
  }
  const err = new realm.Error('A message object could not be deserialized successfully in the target vm.Context');
  err.code = 'ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE';
  return err;
}

// An error of this realm, as the context's equivalent (what its code can catch and
// test with its own Error).
function inRealm(realm, err) {
  if (err === null || typeof err !== 'object') return err;
  const { DOMException } = require('internal/dom_exception');
  let out;
  if (err instanceof DOMException) {
    out = new realm.DOMException(err.message, err.name, err.code);
  } else if (err instanceof Error) {
    const Ctor = Object.hasOwn(realm, err.name) && err.name.endsWith('Error') ? realm[err.name] : realm.Error;
    out = new Ctor(err.message);
    if (err.code !== undefined) out.code = err.code;
  } else {
    return err;
  }
  return out;
}

function stateOf(port) {
  const state = states.get(port);
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

const hooks = {
  post(port, argc, value, transfer) {
    const { handle, realm } = stateOf(port);
    try {
      if (argc === 0) throw new codes.ERR_MISSING_ARGS('message');
      if (handle.isOpen()) io.postThrough(handle, value, transfer);
    } catch (err) {
      throw inRealm(realm, err);
    }
  },
  start(port) {
    const { handle } = stateOf(port);
    if (handle.isOpen()) handle.start();
  },
  close(port) {
    stateOf(port).handle.close();
  },
  ref(port) {
    stateOf(port).handle.ref();
  },
  unref(port) {
    stateOf(port).handle.unref();
  },
  hasRef(port) {
    return stateOf(port).handle.hasRef();
  },
};

// The port object in the realm for a messaging handle now owned by it.
function adopt(handle, realm) {
  const port = realm.makePort();
  states.set(port, { handle, realm });
  handle.onmessage = function onMovedMessage(data, buffers, portHandles, shared) {
    deliver(port, realm, data, buffers, portHandles, shared);
  };
  handle.onclose = null;
  handle.ref();
  return port;
}

const kNone = Object.freeze([]);

function deliver(port, realm, data, buffers = kNone, portHandles = kNone, shared = kNone) {
  const ports = portHandles.map((h) => adopt(h, realm));
  let value;
  try {
    value = deserializeInRealm(data, buffers, ports, shared, realm);
  } catch (err) {
    for (const p of ports) hooks.close(p);
    realm.dispatch(port, 'messageerror', inRealm(realm, err), kNone);
    return;
  }
  realm.dispatch(port, 'message', value, ports);
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!io.isPort(port)) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (io.isPortClosed(port)) throw new codes.ERR_CLOSED_MESSAGE_PORT();
  const global = globalOfContext(contextifiedSandbox);
  if (global === undefined) {
    const err = new TypeError('Invalid context argument');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const moved = messaging.moveHandle(io.detachPort(port));
  if (moved === undefined) throw new codes.ERR_CLOSED_MESSAGE_PORT();
  return adopt(moved, realmOf(global));
}

module.exports = { moveMessagePortToContext };
