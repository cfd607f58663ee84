'use strict';
// The wire format of messages between threads (MessagePort, Worker) and of
// child_process's 'advanced' serialization: the structured clone algorithm
// (internal/structured_clone.js has the in-thread version) written as a JSON text
// of tagged arrays, with ArrayBuffer contents and transferred ports carried beside
// it out of band (src/binding/messaging.c copies or moves them).
//
// A value encodes as itself when JSON keeps it exactly (strings, booleans, null,
// finite numbers other than -0); everything else is an array whose first element is
// a tag. Objects get ids in the order they are first met, on both sides, so shared
// references and cycles survive ([REF, id]).
//
// What cannot cross (DataCloneError, as node): functions, symbols, Proxies,
// WeakMap/WeakSet/WeakRef, objects marked uncloneable, ports not in transferList.
// SharedArrayBuffers sent to another thread share their memory when
// src/binding/shared_memory.c's check passed (Atomics.wait/notify then pair
// threads); otherwise, and in child_process's byte stream, they arrive as copies.

const { dataCloneError, describe, kUncloneable } = require('internal/structured_clone');
const jsTransferable = require('internal/worker/js_transferable');
const { kUntransferable } = require('internal/buffer');
const { getProxyTarget } = internalBinding('util');

const T_UNDEFINED = 0;
const T_NUMBER = 1;
const T_BIGINT = 2;
const T_REF = 3;
const T_ARRAY = 4;
const T_OBJECT = 5;
const T_DATE = 6;
const T_REGEXP = 7;
const T_MAP = 8;
const T_SET = 9;
const T_BUFFER = 10;
const T_VIEW = 11;
const T_ERROR = 12;
const T_BOXED = 13;
const T_PORT = 14;
const T_SHARED = 15;
const T_DOMEXCEPTION = 16;
const T_ABORT_SIGNAL = 17;
const T_JS = 18; // a JS transferable: [T_JS, deserializeInfo, data]

// Marks are the object's own, never inherited (a marked prototype marks nothing else).
const untransferable = new WeakSet();
const objectToString = Object.prototype.toString;

let portHooks = null;

let signalTransferModule;
function signalTransfer() {
  signalTransferModule ??= require('internal/abort_signal_transfer');
  return signalTransferModule;
}

// Whether value is an AbortSignal marked by util.transferableAbortSignal(). None is
// until that module marks one, so most threads never load it for this question.
let anySignalMarked = false;
function noteTransferableSignals() {
  anySignalMarked = true;
}
function isTransferableSignal(value) {
  return anySignalMarked && signalTransfer().isTransferable(value);
}
// internal/worker/io.js tells how to recognise a MessagePort and reach its handle.
function setPortHooks(hooks) {
  portHooks = hooks;
}

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

// The stack in V8's shape (engine-thrown errors carry JSC's until printed).
// An Error.prepareStackTrace that throws makes the clone throw, as in node; an
// own `stack` that is not a string is sent as no stack.
function stackOf(err) {
  const own = Object.getOwnPropertyDescriptor(err, 'stack');
  if (own !== undefined && 'value' in own && typeof own.value !== 'string') return null;
  const stack = require('internal/errors/stack').v8Stack(err);
  return typeof stack === 'string' ? stack : null;
}

function isBuffer(value) {
  const ctor = value.constructor;
  return typeof ctor === 'function' && (ctor.name === 'Buffer' || ctor.name === 'FastBuffer');
}

function isAnyBufferOrView(value) {
  if (ArrayBuffer.isView(value)) return true;
  const tag = objectToString.call(value);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

const kNoTransfers = new Map();
const kNoSignals = new Set();

class Writer {
  constructor(transferList, keepBuffers = false, share = false) {
    this.keepBuffers = keepBuffers;
    // Whether SharedArrayBuffers go by reference (see src/binding/shared_memory.c):
    // to another thread when the engine allows it; else, and in a byte stream,
    // they are copied.
    this.share = share;
    this.shared = [];
    this.ids = new Map();
    this.nextId = 0;
    this.buffers = [];
    this.ports = [];
    // Without a transfer list nothing is ever added to these (every add follows a
    // hit), so most messages share three empty ones.
    this.transferred = kNoTransfers; // ArrayBuffer -> index in buffers
    this.transferPorts = kNoTransfers; // port -> index in ports
    this.transferSignals = kNoSignals; // transferable AbortSignals listed
    this.transferObjects = kNoSignals; // JS transferables listed (FileHandle, ...)
    if (transferList) {
      this.transferred = new Map();
      this.transferPorts = new Map();
      this.transferSignals = new Set();
      this.transferObjects = new Set();
      for (const item of transferList) {
        const tag = objectToString.call(item);
        if (tag === '[object ArrayBuffer]') {
          if (this.transferred.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
          if (isMarkedAsUntransferable(item)) {
            throw dataCloneError('Cannot transfer object of unsupported type.');
          }
          if (item.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
          this.transferred.set(item, -1);
        } else if (jsTransferable.isTransferable(item)) {
          if (untransferable.has(item)) throw dataCloneError('Cannot transfer object of unsupported type.');
          this.transferObjects.add(item);
        } else if (isTransferableSignal(item)) {
          // Stays usable here: every copy gets its own channel when encoded.
          this.transferSignals.add(item);
        } else if (portHooks !== null && portHooks.isPort(item)) {
          if (this.transferPorts.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
          if (untransferable.has(item)) throw dataCloneError('Cannot transfer object of unsupported type.');
          if (portHooks.isDetached(item)) throw dataCloneError('MessagePort in transfer list is already detached');
          this.transferPorts.set(item, -1);
        } else {
          throw dataCloneError('Found invalid value in transferList.');
        }
      }
    }
  }

  encode(value) {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        if (Number.isFinite(value) && !Object.is(value, -0)) return value;
        return [T_NUMBER, Object.is(value, -0) ? '-0' : String(value)];
      case 'undefined':
        return [T_UNDEFINED];
      case 'bigint':
        return [T_BIGINT, value.toString()];
      case 'symbol':
      case 'function':
        throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    if (value === null) return null;
    const id = this.ids.get(value);
    if (id !== undefined) return [T_REF, id];
    if (getProxyTarget(value) !== undefined) throw dataCloneError('#<Object> could not be cloned.');
    if (portHooks !== null && portHooks.isPort(value)) return this.encodePort(value);
    // The mark binds objects of lib/ and user classes, not the engine's buffers.
    if (Object.hasOwn(value, kUncloneable) && !isAnyBufferOrView(value)) {
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    if (jsTransferable.isTransferable(value) || jsTransferable.isCloneable(value)) return this.encodeJS(value);
    if (isTransferableSignal(value)) return this.encodeSignal(value);
    const tag = objectToString.call(value).slice(8, -1);
    this.ids.set(value, this.nextId++);
    switch (tag) {
      case 'Array': {
        const keys = Object.keys(value);
        const out = [T_ARRAY, value.length];
        for (const key of keys) out.push(key, this.encode(value[key]));
        return out;
      }
      case 'Object':
      case 'Arguments': {
        const out = [T_OBJECT];
        for (const key of Object.keys(value)) out.push(key, this.encode(value[key]));
        return out;
      }
      case 'Date': return [T_DATE, Date.prototype.getTime.call(value)];
      case 'RegExp': return [T_REGEXP, value.source, value.flags];
      case 'Map': {
        const out = [T_MAP];
        for (const [k, v] of Map.prototype.entries.call(value)) out.push(this.encode(k), this.encode(v));
        return out;
      }
      case 'Set': {
        const out = [T_SET];
        for (const v of Set.prototype.values.call(value)) out.push(this.encode(v));
        return out;
      }
      case 'ArrayBuffer': return this.encodeBuffer(value);
      case 'SharedArrayBuffer': {
        if (this.share) {
          this.shared.push(value);
          return [T_SHARED, this.shared.length - 1, 1];
        }
        this.buffers.push(new Uint8Array(value));
        return [T_SHARED, this.buffers.length - 1];
      }
      case 'Error': {
        const name = value.name;
        const desc = Object.getOwnPropertyDescriptor(value, 'message');
        const hasCause = Object.prototype.hasOwnProperty.call(value, 'cause');
        return [T_ERROR, typeof name === 'string' ? name : 'Error', desc === undefined ? null : String(value.message),
          stackOf(value), hasCause ? 1 : 0,
          hasCause ? this.encode(value.cause) : null];
      }
      case 'DOMException':
        return [T_DOMEXCEPTION, value.name, value.message, typeof value.stack === 'string' ? value.stack : null];
      case 'Boolean': return [T_BOXED, 'b', Boolean.prototype.valueOf.call(value)];
      case 'Number': return [T_BOXED, 'n', this.encode(Number.prototype.valueOf.call(value))];
      case 'String': return [T_BOXED, 's', String.prototype.valueOf.call(value)];
      case 'BigInt': return [T_BOXED, 'i', BigInt.prototype.valueOf.call(value).toString()];
      case 'WeakMap':
      case 'WeakSet':
      case 'WeakRef':
      case 'Promise':
        throw dataCloneError(`${describe(value)} could not be cloned.`);
      default:
        if (ArrayBuffer.isView(value)) {
          const buffer = this.encode(value.buffer);
          const length = tag === 'DataView' ? value.byteLength : value.length;
          // Buffers stay Buffers through child_process 'advanced' serialization, as
          // in node; between threads they arrive as Uint8Arrays.
          const name = this.keepBuffers && isBuffer(value) ? 'Buffer' : tag;
          return [T_VIEW, name, buffer, value.byteOffset, length];
        }
        if (typeof value.constructor === 'function' && value.constructor.name === 'Blob') {
          throw dataCloneError(`${describe(value)} could not be cloned.`);
        }
        {
          const out = [T_OBJECT];
          for (const key of Object.keys(value)) out.push(key, this.encode(value[key]));
          return out;
        }
    }
  }

  encodeJS(value) {
    let made;
    if (this.transferObjects.has(value)) {
      made = value[jsTransferable.kTransfer]();
      const carried = value[jsTransferable.kTransferList]?.() ?? [];
      for (const item of carried) {
        if (portHooks !== null && portHooks.isPort(item) && !this.transferPorts.has(item)) {
          if (this.transferPorts === kNoTransfers) this.transferPorts = new Map();
          this.transferPorts.set(item, -1);
        }
      }
    } else if (jsTransferable.isCloneable(value)) {
      made = value[jsTransferable.kClone]();
    } else {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    this.ids.set(value, this.nextId++);
    return [T_JS, `${made.deserializeInfo}`, this.encode(made.data)];
  }

  encodeBuffer(buffer) {
    const index = this.transferred.get(buffer);
    if (index !== undefined) {
      if (index === -1) {
        this.buffers.push(buffer);
        this.transferred.set(buffer, this.buffers.length - 1);
        return [T_BUFFER, this.buffers.length - 1];
      }
      return [T_BUFFER, index];
    }
    if (buffer.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    this.buffers.push(buffer);
    return [T_BUFFER, this.buffers.length - 1];
  }

  // [T_ABORT_SIGNAL, aborted, reason, port index or -1]
  encodeSignal(signal) {
    if (!this.transferSignals.has(signal)) {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    this.ids.set(signal, this.nextId++);
    const aborted = signal.aborted;
    const reason = aborted ? this.encode(signal.reason) : [T_UNDEFINED];
    const port = signalTransfer().linkedPort(signal);
    if (port === null) return [T_ABORT_SIGNAL, aborted, reason, -1];
    this.ports.push(port);
    this.transferPorts.set(port, this.ports.length - 1);
    return [T_ABORT_SIGNAL, aborted, reason, this.ports.length - 1];
  }

  encodePort(port) {
    const index = this.transferPorts.get(port);
    if (index === undefined) {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    if (index === -1) {
      this.ports.push(port);
      this.transferPorts.set(port, this.ports.length - 1);
      return [T_PORT, this.ports.length - 1];
    }
    return [T_PORT, index];
  }
}

// Encodes value for another thread. Returns { data, buffers, ports } where buffers
// are the ArrayBuffers to copy and ports the MessagePorts to move. The transferred
// ArrayBuffers are detached here (ArrayBuffer.prototype.transfer), after the whole
// value encoded, so a failed clone leaves them intact.
const kNoBuffers = Object.freeze([]);

function serializeMessage(value, transferList, keepBuffers = false, share = false) {
  // Strings, booleans, null and plain finite numbers are their own JSON.
  if (transferList === undefined && !keepBuffers &&
      (typeof value === 'string' || typeof value === 'boolean' || value === null ||
       (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)))) {
    return { data: JSON.stringify(value), buffers: kNoBuffers, ports: kNoBuffers, shared: kNoBuffers };
  }
  const writer = new Writer(transferList, keepBuffers, share);
  const data = JSON.stringify(writer.encode(value));
  const buffers = writer.buffers;
  for (const [buffer, index] of writer.transferred) {
    const moved = buffer.transfer();
    if (index >= 0) buffers[index] = moved;
  }
  // Ports the value refers to first, in the order met, then the other listed ones.
  const ports = writer.ports.slice();
  for (const [port, index] of writer.transferPorts) if (index === -1) ports.push(port);
  return { data, buffers, ports, shared: writer.shared };
}

class Reader {
  constructor(buffers, ports, shared) {
    this.objects = [];
    this.buffers = buffers;
    this.ports = ports;
    this.shared = shared;
  }

  decode(e) {
    if (typeof e !== 'object' || e === null) return e;
    switch (e[0]) {
      case T_UNDEFINED: return undefined;
      case T_NUMBER: return e[1] === '-0' ? -0 : Number(e[1]);
      case T_BIGINT: return BigInt(e[1]);
      case T_REF: return this.objects[e[1]];
      case T_ARRAY: {
        const out = new Array(e[1]);
        this.objects.push(out);
        for (let i = 2; i < e.length; i += 2) out[e[i]] = this.decode(e[i + 1]);
        return out;
      }
      case T_OBJECT: {
        const out = {};
        this.objects.push(out);
        for (let i = 1; i < e.length; i += 2) {
          const key = e[i];
          if (key === '__proto__') {
            Object.defineProperty(out, key, { value: this.decode(e[i + 1]), writable: true, enumerable: true, configurable: true });
          } else {
            out[key] = this.decode(e[i + 1]);
          }
        }
        return out;
      }
      case T_DATE: return this.keep(new Date(e[1]));
      case T_REGEXP: return this.keep(new RegExp(e[1], e[2]));
      case T_MAP: {
        const out = this.keep(new Map());
        for (let i = 1; i < e.length; i += 2) out.set(this.decode(e[i]), this.decode(e[i + 1]));
        return out;
      }
      case T_SET: {
        const out = this.keep(new Set());
        for (let i = 1; i < e.length; i++) out.add(this.decode(e[i]));
        return out;
      }
      case T_BUFFER: return this.keep(this.buffers[e[1]]);
      case T_SHARED: {
        if (e[2] === 1) return this.keep(this.shared[e[1]]);
        const src = new Uint8Array(this.buffers[e[1]]);
        const sab = new SharedArrayBuffer(src.length);
        new Uint8Array(sab).set(src);
        return this.keep(sab);
      }
      case T_VIEW: {
        const slot = this.objects.length;
        this.objects.push(undefined);
        const buffer = this.decode(e[2]);
        const Ctor = e[1] === 'DataView' ? DataView : globalThis[e[1]];
        let view;
        if (e[1] === 'Buffer') view = require('buffer').Buffer.from(buffer, e[3], e[4]);
        else if (e[1] === 'Uint8Array' || typeof Ctor !== 'function') view = new Uint8Array(buffer, e[3], e[4]);
        else view = new Ctor(buffer, e[3], e[4]);
        this.objects[slot] = view;
        return view;
      }
      case T_ERROR: {
        const Ctor = Object.prototype.hasOwnProperty.call(errorConstructors, e[1]) ? errorConstructors[e[1]] : Error;
        // A real error object (the engine's error brand), then node's fields.
        const out = this.keep(new Ctor());
        const hidden = { writable: true, configurable: true, enumerable: false };
        if (e[2] !== null) Object.defineProperty(out, 'message', { value: e[2], ...hidden });
        if (e[3] !== null) Object.defineProperty(out, 'stack', { value: e[3], ...hidden });
        else delete out.stack; // the one made here would name this thread's frames
        if (e[4]) Object.defineProperty(out, 'cause', { value: this.decode(e[5]), ...hidden });
        return out;
      }
      case T_DOMEXCEPTION: {
        const { DOMException } = require('internal/dom_exception');
        const out = this.keep(new DOMException(e[2], e[1]));
        if (e[3] !== null) Object.defineProperty(out, 'stack', { value: e[3], writable: true, configurable: true, enumerable: false });
        return out;
      }
      case T_BOXED: {
        let v;
        switch (e[1]) {
          case 'b': v = Object(e[2]); break;
          case 'n': v = Object(this.decodeNumber(e[2])); break;
          case 's': v = Object(e[2]); break;
          default: v = Object(BigInt(e[2]));
        }
        return this.keep(v);
      }
      case T_PORT: return this.ports[e[1]];
      case T_JS: {
        const at = this.objects.push(undefined) - 1;
        const data = this.decode(e[2]);
        this.objects[at] = jsTransferable.create(e[1], data);
        return this.objects[at];
      }
      case T_ABORT_SIGNAL: {
        const at = this.objects.push(undefined) - 1; // its id comes before the reason's
        const reason = this.decode(e[2]);
        const port = e[3] === -1 ? null : this.ports[e[3]];
        this.objects[at] = signalTransfer().adoptSignal(e[1], reason, port);
        return this.objects[at];
      }
    }
    throw new Error('eddy: corrupt message');
  }

  decodeNumber(e) {
    return typeof e === 'number' ? e : this.decode(e);
  }

  keep(value) {
    this.objects.push(value);
    return value;
  }
}

// Decodes a message into another realm (a vm context's: moveMessagePortToContext):
// its objects are made with that realm's constructors, given as `realm` (Object,
// Array, Date, RegExp, Map, Set, ArrayBuffer, the typed arrays and DataView by name,
// the Error constructors by name, DOMException), and bytes are copied into that
// realm's ArrayBuffers. What only this realm's built-ins can make (JS
// transferables, AbortSignals) cannot arrive there: realm.unavailable(made) is
// thrown, after made (this realm's object, say a transferred FileHandle) is
// released.
class RealmReader extends Reader {
  constructor(buffers, ports, shared, realm) {
    super(buffers, ports, shared);
    this.realm = realm;
  }

  decode(e) {
    if (typeof e !== 'object' || e === null) return e;
    const R = this.realm;
    switch (e[0]) {
      case T_ARRAY: {
        const out = new R.Array(e[1]);
        this.objects.push(out);
        for (let i = 2; i < e.length; i += 2) out[e[i]] = this.decode(e[i + 1]);
        return out;
      }
      case T_OBJECT: {
        const out = new R.Object();
        this.objects.push(out);
        for (let i = 1; i < e.length; i += 2) {
          Object.defineProperty(out, e[i], { value: this.decode(e[i + 1]), writable: true, enumerable: true, configurable: true });
        }
        return out;
      }
      case T_DATE: return this.keep(new R.Date(e[1]));
      case T_REGEXP: return this.keep(new R.RegExp(e[1], e[2]));
      case T_MAP: {
        const out = this.keep(new R.Map());
        for (let i = 1; i < e.length; i += 2) out.set(this.decode(e[i]), this.decode(e[i + 1]));
        return out;
      }
      case T_SET: {
        const out = this.keep(new R.Set());
        for (let i = 1; i < e.length; i++) out.add(this.decode(e[i]));
        return out;
      }
      case T_BUFFER: return this.keep(this.copy(this.buffers[e[1]], R.ArrayBuffer));
      case T_SHARED:
        // Memory shared with another thread stays this realm's object: a copy
        // would share nothing.
        if (e[2] === 1) return this.keep(this.shared[e[1]]);
        return this.keep(this.copy(this.buffers[e[1]], R.SharedArrayBuffer));
      case T_VIEW: {
        const slot = this.objects.length;
        this.objects.push(undefined);
        const buffer = this.decode(e[2]);
        // A Buffer is a Uint8Array there: the realm has no node:buffer.
        const Ctor = e[1] === 'Buffer' || typeof R[e[1]] !== 'function' ? R.Uint8Array : R[e[1]];
        this.objects[slot] = new Ctor(buffer, e[3], e[4]);
        return this.objects[slot];
      }
      case T_ERROR: {
        const Ctor = Object.prototype.hasOwnProperty.call(errorConstructors, e[1]) ? R[e[1]] : R.Error;
        const out = this.keep(new Ctor());
        const hidden = { writable: true, configurable: true, enumerable: false };
        if (e[2] !== null) Object.defineProperty(out, 'message', { value: e[2], ...hidden });
        Object.defineProperty(out, 'stack', { value: e[3] ?? undefined, ...hidden });
        if (e[4]) Object.defineProperty(out, 'cause', { value: this.decode(e[5]), ...hidden });
        return out;
      }
      case T_DOMEXCEPTION: {
        const out = this.keep(new R.DOMException(e[2], e[1]));
        if (e[3] !== null) Object.defineProperty(out, 'stack', { value: e[3], writable: true, configurable: true, enumerable: false });
        return out;
      }
      case T_BOXED: {
        let v;
        switch (e[1]) {
          case 'b': v = e[2]; break;
          case 'n': v = this.decodeNumber(e[2]); break;
          case 's': v = e[2]; break;
          default: v = BigInt(e[2]);
        }
        return this.keep(R.Object(v));
      }
      case T_JS:
      case T_ABORT_SIGNAL: {
        let made;
        try {
          made = super.decode(e);
        } catch {
          // not even this realm could make it
        }
        throw R.unavailable(made);
      }
    }
    return super.decode(e);
  }

  copy(source, Ctor) {
    const out = new Ctor(source.byteLength);
    new Uint8Array(out).set(new Uint8Array(source));
    return out;
  }
}

function deserializeInRealm(data, buffers, ports, shared, realm) {
  if (data.charCodeAt(0) !== 91 /* [ */) return JSON.parse(data);
  return new RealmReader(buffers, ports, shared, realm).decode(JSON.parse(data));
}

function deserializeMessage(data, buffers, ports, shared = kNoBuffers) {
  const first = data.charCodeAt(0);
  // Not an array: a primitive or a string, read as JSON alone.
  if (first !== 91 /* [ */) return JSON.parse(data);
  return new Reader(buffers, ports, shared).decode(JSON.parse(data));
}

// child_process 'advanced' serialization: the same encoding in one byte string,
// buffers inline (the JSON text, then each buffer), for a byte stream.
function serialize(value) {
  const { data, buffers } = serializeMessage(value, undefined, true);
  const { Buffer } = require('buffer');
  const head = Buffer.from(JSON.stringify([data, buffers.map((b) => b.byteLength)]));
  const parts = [Buffer.from([head.length >>> 24, (head.length >>> 16) & 255, (head.length >>> 8) & 255, head.length & 255]), head];
  for (const b of buffers) parts.push(Buffer.from(ArrayBuffer.isView(b) ? b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) : b));
  return Buffer.concat(parts);
}

function deserialize(bytes) {
  const n = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  const [data, lengths] = JSON.parse(require('buffer').Buffer.from(bytes.buffer, bytes.byteOffset + 4, n).toString());
  let offset = 4 + n;
  const buffers = lengths.map((len) => {
    const ab = bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + len);
    offset += len;
    return ab;
  });
  return deserializeMessage(data, buffers, []);
}

function markAsUncloneable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  if (Object.hasOwn(obj, kUncloneable)) return;
  Object.defineProperty(obj, kUncloneable, { value: true, enumerable: false, configurable: false });
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return false;
  return untransferable.has(obj) || Object.hasOwn(obj, kUntransferable);
}

module.exports = {
  noteTransferableSignals,
  serializeMessage,
  deserializeMessage,
  deserializeInRealm,
  serialize,
  deserialize,
  setPortHooks,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
};
