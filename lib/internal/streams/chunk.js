'use strict';
// Chunk helpers shared by Readable and Writable. Bytes are Buffers when node:buffer
// is present; without it (early in eddy's life, or in a stripped build) strings stay
// strings and Uint8Arrays stay Uint8Arrays, so object- and string-mode streams work.
// Globals are read once here: these run for every chunk.

const { isView } = ArrayBuffer;
const U8 = Uint8Array;
const encodingRe = /^(utf-?8|ucs-?2|utf-?16le|latin1|binary|base64|base64url|hex|ascii)$/i;

let BufferCtor = null;
function getBuffer() {
  if (BufferCtor === null) BufferCtor = globalThis.Buffer;
  return BufferCtor;
}

function isUint8Array(value) {
  return isView(value) && value instanceof U8;
}

function isBuffer(value) {
  const B = BufferCtor === null ? getBuffer() : BufferCtor;
  return B !== undefined ? B.isBuffer(value) : false;
}

// FastBuffer (internal/buffer) makes a Buffer view without Buffer.from's argument
// checks; resolved once.
let FastBufferCtor = null;
function getFastBuffer() {
  if (FastBufferCtor === null) {
    FastBufferCtor = undefined;
    if (getBuffer() !== undefined) {
      try {
        FastBufferCtor = require('internal/buffer').FastBuffer;
      } catch {
        // A Buffer without internal/buffer: Buffer.from below.
      }
    }
  }
  return FastBufferCtor;
}

// Any TypedArray or DataView, as a Buffer (or Uint8Array) over the same bytes.
function fromUint8Array(view) {
  const FB = FastBufferCtor === null ? getFastBuffer() : FastBufferCtor;
  if (FB !== undefined) return new FB(view.buffer, view.byteOffset, view.byteLength);
  const B = getBuffer();
  if (B !== undefined) return B.from(view.buffer, view.byteOffset, view.byteLength);
  return view instanceof U8 ? view : new U8(view.buffer, view.byteOffset, view.byteLength);
}

function stringToBytes(str, encoding) {
  const B = getBuffer();
  return B !== undefined ? B.from(str, encoding) : str;
}

function isEncoding(enc) {
  const B = getBuffer();
  if (B !== undefined) return B.isEncoding(enc);
  return typeof enc === 'string' && encodingRe.test(enc);
}

function allocBytes(n) {
  const B = getBuffer();
  return B !== undefined ? B.allocUnsafe(n) : new U8(n);
}

// Joins list[start..end) whose byte (or char) lengths add up to total.
function concatChunks(list, start, end, total) {
  if (end - start === 1) return list[start];
  if (typeof list[start] === 'string') {
    let s = '';
    for (let i = start; i < end; i++) s += list[i];
    return s;
  }
  const out = allocBytes(total);
  let off = 0;
  for (let i = start; i < end; i++) {
    const c = list[i];
    out.set(c, off);
    off += c.length;
  }
  return out;
}

module.exports = {
  allocBytes, concatChunks, fromUint8Array, getBuffer, isBuffer, isEncoding, isUint8Array, isView,
  stringToBytes,
};
