'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const { codes } = require('internal/errors');
const { checkThis, kType } = require('internal/webstreams/util');

const kHighWaterMark = Symbol('kHighWaterMark');

function readHighWaterMark(init) {
  if (init === null || typeof init !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

const byteSize = function size(chunk) {
  return chunk?.byteLength;
};
const countSize = function size() {
  return 1;
};

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kHighWaterMark] = readHighWaterMark(init);
  }

  get highWaterMark() {
    checkThis(this, 'ByteLengthQueuingStrategy', 'ByteLengthQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy', 'ByteLengthQueuingStrategy');
    return byteSize;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kHighWaterMark] = readHighWaterMark(init);
  }

  get highWaterMark() {
    checkThis(this, 'CountQueuingStrategy', 'CountQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy', 'CountQueuingStrategy');
    return countSize;
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
