'use strict';
// Duplex: a Readable that is also a Writable (the writable half is mixed in from
// Writable.prototype). allowHalfOpen: false ends the writable side when the
// readable side ends.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { Stream } = require('internal/streams/legacy');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events ??= {
    close: undefined, error: undefined, prefinish: undefined, finish: undefined,
    drain: undefined, data: undefined, end: undefined, readable: undefined,
  };
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, () => {
      const r = this._readableState;
      const w = this._writableState;
      if (r.needReadable) Readable._maybeReadMore(this, r);
      if (!w.writing) Writable._clearBuffer(this, w);
      Writable._finishMaybe(this, w);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end']) {
  Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype.destroy = Writable.prototype.destroy;

function writableDescriptor(name) {
  return Object.getOwnPropertyDescriptor(Writable.prototype, name);
}

Object.defineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...writableDescriptor('writable') },
  writableHighWaterMark: { __proto__: null, ...writableDescriptor('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...writableDescriptor('writableObjectMode') },
  writableBuffer: { __proto__: null, ...writableDescriptor('writableBuffer') },
  writableLength: { __proto__: null, ...writableDescriptor('writableLength') },
  writableFinished: { __proto__: null, ...writableDescriptor('writableFinished') },
  writableCorked: { __proto__: null, ...writableDescriptor('writableCorked') },
  writableEnded: { __proto__: null, ...writableDescriptor('writableEnded') },
  writableNeedDrain: { __proto__: null, ...writableDescriptor('writableNeedDrain') },
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

Duplex.fromWeb = function fromWeb(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function toWeb(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

Duplex.from = function from(body) {
  return require('internal/streams/duplexify')(body, 'body');
};

module.exports = Duplex;
