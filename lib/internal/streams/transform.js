'use strict';
// Transform: a Duplex whose output is computed from its input by _transform(chunk,
// encoding, callback), with _flush(callback) at the end. The next write is held back
// while the readable side is full. One callback per stream serves every chunk
// (writes are serialized by Writable), so a write allocates no closure.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { codes } = require('internal/errors');
const { errorOrDestroy } = require('internal/streams/destroy');

const kCallback = Symbol('kCallback');
const kWriteCb = Symbol('kWriteCb');
const kLengthBefore = Symbol('kLengthBefore');
const kOnTransform = Symbol('kOnTransform');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A readable highWaterMark of 0 must not stall the writable side: give the
  // writable side its own mark.
  const readableHighWaterMark = options ? getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  this[kWriteCb] = null;
  this[kLengthBefore] = 0;
  this[kOnTransform] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

function makeOnTransform(stream) {
  return function onTransform(err, val) {
    const callback = stream[kWriteCb];
    if (callback === null) {
      errorOrDestroy(stream, new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    stream[kWriteCb] = null;
    if (err) {
      callback(err);
      return;
    }
    if (val != null) stream.push(val);
    const rState = stream._readableState;
    if (stream._writableState.ended || stream[kLengthBefore] === rState.length ||
        rState.length < rState.highWaterMark) {
      callback();
    } else {
      stream[kCallback] = callback;
    }
  };
}

Transform.prototype._write = function _write(chunk, encoding, callback) {
  this[kWriteCb] = callback;
  this[kLengthBefore] = this._readableState.length;
  const onTransform = this[kOnTransform] ??= makeOnTransform(this);
  this._transform(chunk, encoding, onTransform);
};

Transform.prototype._read = function _read() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;

// crypto's Hash and Cipheriv, if made before node:stream loaded, inherit from a
// stand-in for Transform (see internal/streams/lazy_transform): put Transform in its
// place now.
require.loadedExports('internal/streams/lazy_transform')?.attachTransform(Transform);
