'use strict';
// The numeric read/write methods of Buffer.prototype (readUInt8 ... writeDoubleBE),
// with node's exact range errors. Reads and writes are plain index arithmetic,
// which the JIT turns into loads and stores; floats go through one shared
// Float32Array/Float64Array scratch (hosts are little-endian). Loaded the first
// time one of the methods is read (see addReadWriteMethods in internal/buffer).

const { BigInt, Float32Array, Float64Array, Math, TypeError, Uint8Array } = globalThis;

const { codes } = require('internal/errors');
const { ERR_OUT_OF_RANGE } = codes;
const { validateNumber } = require('internal/validators');

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);

// The error for an offset that is not inside the buffer, as node words it.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength - 1] === undefined) {
    boundsError(offset, buf.length - byteLength);
  }
}

// Range check of a value written in byteLength bytes, then of the offset.
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 4) {
      const bits = byteLength * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// --- reads --------------------------------------------------------------------

function readLE(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
  let v = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    v += buf[offset + i] * mul;
    mul *= 256;
  }
  return v;
}

function readBE(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  return v;
}

function toSigned(v, n) {
  const limit = 2 ** (n * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

// byteLength, once checked to be 1 to 6 (the variable-width methods' range).
function checkedByteLength(byteLength) {
  if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 &&
      byteLength !== 4 && byteLength !== 5 && byteLength !== 6) {
    boundsError(byteLength, 6, 'byteLength');
  }
  return byteLength;
}

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}
function readInt8(offset = 0) {
  const v = readUInt8.call(this, offset);
  return v > 127 ? v - 256 : v;
}
function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 256;
}
function readUInt16BE(offset = 0) { return readBE(this, offset, 2); }
function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
}
function readUInt32BE(offset = 0) { return readBE(this, offset, 4); }
function readInt16LE(offset = 0) { return toSigned(readLE(this, offset, 2), 2); }
function readInt16BE(offset = 0) { return toSigned(readBE(this, offset, 2), 2); }
function readInt32LE(offset = 0) { return readUInt32LE.call(this, offset) | 0; }
function readInt32BE(offset = 0) { return readBE(this, offset, 4) | 0; }
function readUIntLE(offset, byteLength) { return readLE(this, offset, checkedByteLength(byteLength)); }
function readUIntBE(offset, byteLength) { return readBE(this, offset, checkedByteLength(byteLength)); }
function readIntLE(offset, byteLength) {
  return toSigned(readLE(this, offset, checkedByteLength(byteLength)), byteLength);
}
function readIntBE(offset, byteLength) {
  return toSigned(readBE(this, offset, checkedByteLength(byteLength)), byteLength);
}

function readFloat(buf, offset, bytes, view, n, le) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
  for (let i = 0; i < n; i++) bytes[le ? i : n - 1 - i] = buf[offset + i];
  return view[0];
}
function readFloatLE(offset = 0) { return readFloat(this, offset, float32Bytes, float32, 4, true); }
function readFloatBE(offset = 0) { return readFloat(this, offset, float32Bytes, float32, 4, false); }
function readDoubleLE(offset = 0) { return readFloat(this, offset, float64Bytes, float64, 8, true); }
function readDoubleBE(offset = 0) { return readFloat(this, offset, float64Bytes, float64, 8, false); }

function readBigUInt64LE(offset = 0) {
  const lo = readLE(this, offset, 4);
  const hi = readLE(this, offset + 4, 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigUInt64BE(offset = 0) {
  const hi = readBE(this, offset, 4);
  const lo = readBE(this, offset + 4, 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64LE(offset = 0) { return BigInt.asIntN(64, readBigUInt64LE.call(this, offset)); }
function readBigInt64BE(offset = 0) { return BigInt.asIntN(64, readBigUInt64BE.call(this, offset)); }

// The 64-bit reads check the whole range first, so an offset near the end names
// the right bound (length - 8).
function checkRead64(buf, offset) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
}

// --- writes -------------------------------------------------------------------

function writeLE(buf, value, offset, n) {
  for (let i = 0; i < n; i++) {
    buf[offset + i] = value;
    value = Math.floor(value / 256);
  }
  return offset + n;
}

function writeBE(buf, value, offset, n) {
  for (let i = n - 1; i >= 0; i--) {
    buf[offset + i] = value;
    value = Math.floor(value / 256);
  }
  return offset + n;
}

function writeInt(buf, value, offset, n, signed, le) {
  value = +value;
  const max = signed ? 2 ** (n * 8 - 1) - 1 : 2 ** (n * 8) - 1;
  const min = signed ? -(2 ** (n * 8 - 1)) : 0;
  if (n === 1) {
    if (value > max || value < min) checkInt(value, min, max, buf, offset, 1);
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n);
  if (n === 4) {
    // In range, so the bit operations see the exact 32-bit pattern.
    if (le) {
      buf[offset] = value;
      buf[offset + 1] = value >>> 8;
      buf[offset + 2] = value >>> 16;
      buf[offset + 3] = value >>> 24;
    } else {
      buf[offset + 3] = value;
      buf[offset + 2] = value >>> 8;
      buf[offset + 1] = value >>> 16;
      buf[offset] = value >>> 24;
    }
    return offset + 4;
  }
  return le ? writeLE(buf, value, offset, n) : writeBE(buf, value, offset, n);
}

function writeUInt8(value, offset = 0) { return writeInt(this, value, offset, 1, false, true); }
function writeInt8(value, offset = 0) { return writeInt(this, value, offset, 1, true, true); }
function writeUInt16LE(value, offset = 0) { return writeInt(this, value, offset, 2, false, true); }
function writeUInt16BE(value, offset = 0) { return writeInt(this, value, offset, 2, false, false); }
function writeInt16LE(value, offset = 0) { return writeInt(this, value, offset, 2, true, true); }
function writeInt16BE(value, offset = 0) { return writeInt(this, value, offset, 2, true, false); }
function writeUInt32LE(value, offset = 0) { return writeInt(this, value, offset, 4, false, true); }
function writeUInt32BE(value, offset = 0) { return writeInt(this, value, offset, 4, false, false); }
function writeInt32LE(value, offset = 0) { return writeInt(this, value, offset, 4, true, true); }
function writeInt32BE(value, offset = 0) { return writeInt(this, value, offset, 4, true, false); }
function writeUIntLE(value, offset, byteLength) {
  return writeInt(this, value, offset, checkedByteLength(byteLength), false, true);
}
function writeUIntBE(value, offset, byteLength) {
  return writeInt(this, value, offset, checkedByteLength(byteLength), false, false);
}
function writeIntLE(value, offset, byteLength) {
  return writeInt(this, value, offset, checkedByteLength(byteLength), true, true);
}
function writeIntBE(value, offset, byteLength) {
  return writeInt(this, value, offset, checkedByteLength(byteLength), true, false);
}

function writeFloat(buf, value, offset, bytes, view, n, le) {
  value = +value;
  checkBounds(buf, offset, n);
  view[0] = value;
  if (le) {
    for (let i = 0; i < n; i++) buf[offset + i] = bytes[i];
  } else {
    for (let i = 0; i < n; i++) buf[offset + i] = bytes[n - 1 - i];
  }
  return offset + n;
}
function writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, float32Bytes, float32, 4, true); }
function writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, float32Bytes, float32, 4, false); }
function writeDoubleLE(value, offset = 0) { return writeFloat(this, value, offset, float64Bytes, float64, 8, true); }
function writeDoubleBE(value, offset = 0) { return writeFloat(this, value, offset, float64Bytes, float64, 8, false); }

function writeBig64(buf, value, offset, signed, le) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkInt(value, min, max, buf, offset, 8);
  if (typeof value !== 'bigint') {
    // V8's wording, which programs and tests match on.
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  }
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (le) {
    writeLE(buf, lo, offset, 4);
    writeLE(buf, hi, offset + 4, 4);
  } else {
    writeBE(buf, hi, offset, 4);
    writeBE(buf, lo, offset + 4, 4);
  }
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, false, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, false, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, true, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, true, false); }

// node's names, Uint spellings included; internal/buffer installs them on
// Buffer.prototype under the names in its kReadWriteNames.
const big = {
  readBigUInt64LE(offset = 0) { checkRead64(this, offset); return readBigUInt64LE.call(this, offset); },
  readBigUInt64BE(offset = 0) { checkRead64(this, offset); return readBigUInt64BE.call(this, offset); },
  readBigInt64LE(offset = 0) { checkRead64(this, offset); return readBigInt64LE.call(this, offset); },
  readBigInt64BE(offset = 0) { checkRead64(this, offset); return readBigInt64BE.call(this, offset); },
};
module.exports = {
  readBigUInt64LE: big.readBigUInt64LE, readBigUInt64BE: big.readBigUInt64BE,
  readBigUint64LE: big.readBigUInt64LE, readBigUint64BE: big.readBigUInt64BE,
  readBigInt64LE: big.readBigInt64LE, readBigInt64BE: big.readBigInt64BE,
  writeBigUInt64LE, writeBigUInt64BE,
  writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
  writeBigInt64LE, writeBigInt64BE,
  readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
  readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE,
  readUint8: readUInt8, readUintBE: readUIntBE, readUint32BE: readUInt32BE,
  readUint16BE: readUInt16BE,
  readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
  writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE,
  writeUInt16BE,
  writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
  writeUint8: writeUInt8, writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE,
  writeUint16BE: writeUInt16BE,
  writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};
