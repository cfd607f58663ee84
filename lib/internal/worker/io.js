'use strict';
// MessagePort, MessageChannel, MessageEvent, BroadcastChannel and
// receiveMessageOnPort, over internalBinding('messaging') (ports whose messages cross
// threads) and the wire format of internal/worker/serialize.js.
//
// A port starts delivering when a 'message' listener (or onmessage) is added, or on
// start(); it keeps the loop alive while it has 'message' listeners, as in node.

const {
  EventTarget, Event, NodeEventTarget, defineEventHandler, initEventTarget, dispatchTrusted,
  dispatchValue, kNewListener, kRemoveListener, kCreateEvent,
} = require('internal/event_target');
const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');
const messaging = internalBinding('messaging');
const serializer = require('internal/worker/serialize');
const { dataCloneError } = require('internal/structured_clone');

const kHandle = Symbol('kHandle');
const kOwner = Symbol('kOwner');
const kClosed = Symbol('kClosed');

// --- MessageEvent ---------------------------------------------------------------------

const eventData = new WeakMap();

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const o = options ?? {};
    const source = o.source ?? null;
    if (source !== null && !isPort(source)) {
      throw new TypeError('MessageEvent constructor: Expected eventInitDict.source ' +
        `("${formatForError(source)}") to be an instance of MessagePort.`);
    }
    eventData.set(this, {
      data: o.data === undefined ? null : o.data,
      origin: o.origin === undefined ? '' : `${o.origin}`,
      lastEventId: o.lastEventId === undefined ? '' : `${o.lastEventId}`,
      source,
      ports: o.ports === undefined ? [] : portSequence(o.ports),
    });
  }

  get data() { return stateOf(this).data; }
  get origin() { return stateOf(this).origin; }
  get lastEventId() { return stateOf(this).lastEventId; }
  get source() { return stateOf(this).source; }
  get ports() { return stateOf(this).ports; }
}

// A value in a MessageEvent constructor's TypeError, as node words it.
function formatForError(value) {
  return typeof value === 'string' ? `"${value}"` : require('internal/util/inspect').inspect(value);
}

// eventInitDict.ports: any iterable object of MessagePorts.
function portSequence(ports) {
  if (ports === null || (typeof ports !== 'object' && typeof ports !== 'function') ||
      typeof ports[Symbol.iterator] !== 'function') {
    throw new TypeError(`MessageEvent constructor: eventInitDict.ports (${formatForError(ports)}) is not iterable.`);
  }
  const list = [...ports];
  for (let i = 0; i < list.length; i++) {
    if (!isPort(list[i])) {
      throw new TypeError(`MessageEvent constructor: Expected eventInitDict.ports[${i}] ` +
        `("${formatForError(list[i])}") to be an instance of MessagePort.`);
    }
  }
  return list;
}

function stateOf(event) {
  const s = eventData.get(event);
  if (s === undefined) throw new ERR_INVALID_THIS('MessageEvent');
  return s;
}

for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, { enumerable: true });
}

// --- MessagePort ----------------------------------------------------------------------

// MessagePort objects come only from channels and transfers: the constructor, like
// node's native one, throws whether called with new or without.
function MessagePort() {
  const err = new TypeError('Constructor cannot be called');
  err.code = 'ERR_CONSTRUCT_CALL_INVALID';
  throw err;
}

class MessagePortMethods extends NodeEventTarget {
  postMessage(value, transfer = undefined) {
    if (!isPort(this)) throw new ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    postThrough(this[kHandle], value, transfer, this);
  }

  start() {
    const handle = this[kHandle];
    if (handle.isOpen()) handle.start();
  }

  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    const handle = this[kHandle];
    if (this[kClosed]) return;
    // Detached at once, as node's: the port can no longer be sent or used.
    this[kClosed] = true;
    handle.onclose = () => {
      emitResourceDestroy(handle);
      dispatchTrusted(this, new Event('close'));
    };
    handle.close(true); // still delivering the queued messages when closed from a listener
  }

  ref() {
    this[kHandle].ref();
    return this;
  }

  unref() {
    this[kHandle].unref();
    return this;
  }

  hasRef() {
    return this[kHandle].hasRef();
  }

  [kNewListener](size, type) {
    if (type === 'message' && size === 1) {
      this[kHandle].start();
      this[kHandle].ref();
    }
  }

  // With its last 'message' listener gone the port stops, as node's: what arrives
  // waits for the next listener instead of being dispatched to none.
  [kRemoveListener](size, type) {
    if (type === 'message' && size === 0) {
      this[kHandle].stop();
      this[kHandle].unref();
    }
  }

  // port.emit('message', value): listeners that take events get a MessageEvent.
  [kCreateEvent](value, type) {
    if (type !== 'message' && type !== 'messageerror') return super[kCreateEvent](value, type);
    return new MessageEvent(type, { data: value });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `MessagePort [EventTarget] ${inspect({ active: this[kHandle].isOpen(), refed: this.hasRef() }, options)}`;
  }
}

MessagePort.prototype = MessagePortMethods.prototype;
Object.defineProperty(MessagePort.prototype, 'constructor', {
  value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(MessagePort, NodeEventTarget);

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

function isPort(value) {
  return value !== null && typeof value === 'object' && value[kHandle] !== undefined &&
    value instanceof MessagePort;
}

serializer.setPortHooks({ isPort, isDetached: (port) => isPortClosed(port) });

function notIterable(what) {
  const err = new TypeError(`Optional ${what} argument must be an iterable`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return undefined;
  if (typeof transfer !== 'object') throw notIterable('transferList');
  if (typeof transfer[Symbol.iterator] === 'function') {
    try {
      return [...transfer];
    } catch {
      throw notIterable('transferList');
    }
  }
  const list = transfer.transfer;
  if (list === undefined) return undefined;
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw notIterable('options.transfer');
  }
  try {
    return [...list];
  } catch {
    throw notIterable('options.transfer');
  }
}

// Serializes value and hands it to a port handle (a MessagePort's, or a Worker's
// side of its channel). source is the sending MessagePort, which may not move itself.
function postThrough(handle, value, transfer, source) {
  const list = transferListOf(transfer);
  if (list !== undefined && source !== undefined && list.includes(source)) {
    throw dataCloneError('Transfer list contains source port');
  }
  const { data, buffers, ports, shared } = serializer.serializeMessage(value, list, false, messaging.sharedMemory);
  // Most messages carry nothing out of band: the handle then takes the string alone.
  if (buffers.length === 0 && ports.length === 0 && shared.length === 0) {
    messaging.post(handle, data);
    return;
  }
  if (messaging.post(handle, data, buffers, ports.map(detachPort), shared) === -2) {
    if (source !== undefined) source[kClosed] = true;
    process.emitWarning('The target port was posted to itself, and the communication channel was lost');
  }
}

// The first message on a worker's internal port (internal/worker.js to
// internal/main/worker_thread.js): header's fields as plain JSON, which the worker
// reads with JSON.parse before it has loaded this module or the serializer; value
// (workerData and environmentData), when there is one, as header.payload in the
// serializer's format, with what it carries out of band. The transfer list is
// checked and applied as postMessage's.
function postLoad(handle, header, value, transfer) {
  const list = transferListOf(transfer);
  if (value === undefined && list === undefined) {
    handle.postMessage(JSON.stringify(header));
    return;
  }
  const { data, buffers, ports, shared } = serializer.serializeMessage(value, list, false, messaging.sharedMemory);
  header.payload = data;
  const text = JSON.stringify(header);
  if (buffers.length === 0 && ports.length === 0 && shared.length === 0) handle.postMessage(text);
  else handle.postMessage(text, buffers, ports.map(detachPort), shared);
}

// A port being sent: its handle, which the binding moves to the message; the
// port here is closed from now on.
function detachPort(port) {
  port[kClosed] = true;
  return port[kHandle];
}

// The handle calls this with the data string alone when the message has no
// buffers or ports (buffers and portHandles are then undefined).
function onHandleMessage(data, buffers, portHandles, shared) {
  const port = this[kOwner];
  if (port === undefined) return;
  deliver(port, data, buffers, portHandles, shared);
}

const kNoPorts = Object.freeze([]);

function decode(data, buffers = kNoPorts, portHandles = kNoPorts, shared = kNoPorts) {
  const ports = portHandles.length === 0 ? kNoPorts : portHandles.map(makePort);
  return { value: serializer.deserializeMessage(data, buffers, ports, shared), ports };
}

function deliver(target, data, buffers, portHandles, shared) {
  let decoded;
  try {
    decoded = decode(data, buffers, portHandles, shared);
  } catch (err) {
    const event = new MessageEvent('messageerror', { data: err });
    dispatchTrusted(target, event, { value: err });
    return;
  }
  dispatchValue(target, 'message', decoded.value,
    () => new MessageEvent('message', { data: decoded.value, ports: decoded.ports }));
}

function onHandleClose() {
  emitResourceDestroy(this);
  const port = this[kOwner];
  if (port === undefined || port[kClosed]) return;
  port[kClosed] = true;
  dispatchTrusted(port, new Event('close'));
}

// Wraps a messaging handle in a MessagePort.
function makePort(handle) {
  const port = Object.create(MessagePort.prototype);
  initEventTarget(port);
  Object.defineProperty(port, kHandle, { value: handle, enumerable: false });
  port[kClosed] = false;
  handle[kOwner] = port;
  handle.onmessage = onHandleMessage;
  handle.onclose = onHandleClose;
  handle[kAsyncId] = emitResourceInit('MESSAGEPORT', port);
  return port;
}

// async_hooks: ports (and workers) are resources of their own, as in node, seen by
// hooks enabled when they are made ('init') until they close ('destroy').
const kAsyncId = Symbol('kAsyncId');
let asyncHooks;
function emitResourceInit(type, resource) {
  asyncHooks ??= require('internal/async_hooks');
  if (asyncHooks.state.hooks.length === 0) return undefined;
  const id = asyncHooks.newAsyncId();
  asyncHooks.emitInit(id, type, asyncHooks.state.executionAsyncId, resource);
  return id;
}

function emitResourceDestroy(handle) {
  const id = handle[kAsyncId];
  if (id === undefined) return;
  handle[kAsyncId] = undefined;
  asyncHooks.emitDestroy(id);
}

// A function rather than a class so that calling it without `new` throws node's
// ERR_CONSTRUCT_CALL_REQUIRED.
function MessageChannel() {
  if (new.target === undefined) {
    const err = new TypeError('Class constructor MessageChannel cannot be invoked without `new`');
    err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw err;
  }
  const pair = messaging.createChannel();
  if (typeof pair === 'number') throw require('internal/errors').uvException({ errno: pair, syscall: 'eventfd' });
  const [a, b] = pair;
  this.port1 = makePort(a);
  this.port2 = makePort(b);
}

function receiveMessageOnPort(port) {
  const channelHandle = BroadcastChannel.handleOf(port);
  if (channelHandle !== undefined) {
    const m = channelHandle.receive();
    return m === undefined ? undefined : { message: decode(m[0], m[1], m[2], m[3]).value };
  }
  if (!isPort(port)) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const m = port[kHandle].receive();
  if (m === undefined) return undefined;
  return { message: decode(m[0], m[1], m[2], m[3]).value };
}

// BroadcastChannel: channels of one name see each other's messages in every thread
// of the process (internalBinding('messaging').broadcastJoin); each receiver gets
// its own copy. As node's, it keeps the loop alive from its creation, listeners or
// not, until unref() or close().
class BroadcastChannel extends EventTarget {
  #name;
  #handle;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    // V8's words, which node's users see (JSC's differ).
    if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    super();
    this.#name = `${name}`;
    const handle = messaging.broadcastJoin(this.#name);
    if (typeof handle === 'number') throw require('internal/errors').uvException({ errno: handle, syscall: 'eventfd' });
    this.#handle = handle;
    handle[kOwner] = this;
    handle.onmessage = onHandleMessage;
    handle.onclose = null;
    handle.start();
    handle.ref();
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#handle in self)) {
      throw new ERR_INVALID_THIS('BroadcastChannel');
    }
  }

  // The handle of an open channel, for receiveMessageOnPort(); else undefined.
  static handleOf(value) {
    return value !== null && typeof value === 'object' && #handle in value ? value.#handle ?? undefined : undefined;
  }

  get name() {
    BroadcastChannel.#check(this);
    return this.#name;
  }

  close() {
    BroadcastChannel.#check(this);
    const handle = this.#handle;
    if (handle === null) return;
    this.#handle = null;
    handle.close();
  }

  postMessage(message) {
    BroadcastChannel.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#handle === null) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const { data, buffers } = serializer.serializeMessage(message, undefined);
    this.#handle.broadcast(this.#name, data, buffers);
  }

  ref() {
    BroadcastChannel.#check(this);
    this.#handle?.ref();
    return this;
  }

  unref() {
    BroadcastChannel.#check(this);
    this.#handle?.unref();
    return this;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    BroadcastChannel.#check(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this.#name, active: this.#handle !== null }, opts)}`;
  }
}

defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

function isPortClosed(port) {
  return port[kClosed] || !port[kHandle].isOpen();
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  return require('internal/worker/moved_port').moveMessagePortToContext(port, contextifiedSandbox);
}

// The value of a message taken from a handle with receive().
function decodeForWorker(m) {
  return decode(m[0], m[1], m[2], m[3]).value;
}

function decodeMessage(data, buffers, portHandles, shared) {
  if (buffers === undefined && portHandles === undefined) return serializer.deserializeMessage(data, kNoPorts, kNoPorts);
  return decode(data, buffers, portHandles, shared).value;
}

module.exports = {
  BroadcastChannel,
  decodeForWorker,
  decodeMessage,
  MessageChannel,
  MessageEvent,
  MessagePort,
  kHandle,
  kOwner,
  deliver,
  detachPort,
  emitResourceDestroy,
  emitResourceInit,
  isPort,
  isPortClosed,
  makePort,
  moveMessagePortToContext,
  postLoad,
  postThrough,
  receiveMessageOnPort,
};
