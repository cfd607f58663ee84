'use strict';
// Chunk helpers shared by Readable and Writable. Bytes are Buffers when node:buffer
// is present; without it (early in eddy's life, or in a stripped build) strings stay
// strings and Uint8Arrays stay Uint8Arrays, so object- and string-mode streams work.

function getBuffer() {
  return globalThis.Buffer;
}

function isUint8Array(value) {
  return ArrayBuffer.isView(value) && value instanceof Uint8Array;
}

function isBuffer(value) {
  const B = globalThis.Buffer;
  return B !== undefined ? B.isBuffer(value) : false;
}

function fromUint8Array(u8) {
  const B = globalThis.Buffer;
  return B !== undefined ? B.from(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
}

function stringToBytes(str, encoding) {
  const B = globalThis.Buffer;
  return B !== undefined ? B.from(str, encoding) : str;
}

function isEncoding(enc) {
  const B = globalThis.Buffer;
  if (B !== undefined) return B.isEncoding(enc);
  return typeof enc === 'string' && /^(utf-?8|ucs-?2|utf-?16le|latin1|binary|base64|base64url|hex|ascii)$/i.test(enc);
}

// Joins list[start..end) whose byte (or char) lengths add up to total.
function concatChunks(list, start, end, total) {
  if (end - start === 1) return list[start];
  if (typeof list[start] === 'string') {
    let s = '';
    for (let i = start; i < end; i++) s += list[i];
    return s;
  }
  const B = globalThis.Buffer;
  const out = B !== undefined ? B.allocUnsafe(total) : new Uint8Array(total);
  let off = 0;
  for (let i = start; i < end; i++) {
    const c = list[i];
    out.set(c, off);
    off += c.length;
  }
  return out;
}

module.exports = { concatChunks, fromUint8Array, getBuffer, isBuffer, isEncoding, isUint8Array, stringToBytes };
