'use strict';
// node:string_decoder. Decodes a stream of byte chunks into strings without
// splitting a character: the bytes of an unfinished UTF-8 sequence, UTF-16 unit
// or surrogate pair, or base64 group wait in lastChar for the next chunk.

// Globals read once, as node reads its primordials: a program that replaces a
// global later does not change how this module behaves.
const {
  ArrayBuffer,
} = globalThis;

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { normalizeEncoding, checkStringLength } = require('internal/buffer/encodings');

const binding = internalBinding('buffer');

// Total length of the UTF-8 sequence a byte starts, judged by its bit pattern
// alone as node does (0 for a byte that cannot start one). Whether the bytes are
// valid is left to the decoder once the sequence is complete.
function utf8SequenceLength(b) {
  if ((b & 0xE0) === 0xC0) return 2;
  if ((b & 0xF0) === 0xE0) return 3;
  if ((b & 0xF8) === 0xF0) return 4;
  return 0;
}

// How many bytes at the end of buf start a sequence that is not finished.
function utf8Tail(buf) {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if ((b & 0xC0) === 0x80) continue;
    return utf8SequenceLength(b) > back ? back : 0;
  }
  return 0;
}

function toBuffer(buf) {
  if (Buffer.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

// A function rather than a class: node's StringDecoder may be called without new
// (StringDecoder.call(obj)). Its state is the public lastChar/lastNeed/lastTotal.
function StringDecoder(encoding) {
  const name = normalizeEncoding(encoding);
  if (name === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = name;
  this.lastChar = Buffer.alloc(4);
  this.lastNeed = 0;
  this.lastTotal = 0;
}

function hold(d, bytes, start, total) {
  const n = bytes.length - start;
  for (let i = 0; i < n; i++) d.lastChar[i] = bytes[start + i];
  d.lastTotal = total;
  d.lastNeed = total - n;
}

function writeUtf8(d, buf) {
  let out = '';
  let i = 0;
  if (d.lastNeed > 0) {
    let held = d.lastTotal - d.lastNeed;
    while (d.lastNeed > 0 && i < buf.length && (buf[i] & 0xC0) === 0x80) {
      d.lastChar[held++] = buf[i++];
      d.lastNeed--;
    }
    if (d.lastNeed > 0 && i >= buf.length) return '';
    out = binding.slice(d.lastChar, 0, held, 1);
    d.lastNeed = 0;
    d.lastTotal = 0;
    if (i >= buf.length) return out;
  }
  const rest = i === 0 ? buf : buf.subarray(i);
  const tail = utf8Tail(rest);
  if (tail > 0) hold(d, rest, rest.length - tail, utf8SequenceLength(rest[rest.length - tail]));
  return out + binding.slice(rest, 0, rest.length - tail, 1);
}

// A unit (or a pair's high half) split across chunks is completed first; then the
// body is decoded, holding an odd byte, or a high surrogate ending an even body.
function writeUtf16(d, buf) {
  let out = '';
  let i = 0;
  if (d.lastNeed > 0) {
    let held = d.lastTotal - d.lastNeed;
    while (d.lastNeed > 0 && i < buf.length) {
      d.lastChar[held++] = buf[i++];
      d.lastNeed--;
    }
    if (d.lastNeed > 0) return '';
    out = binding.slice(d.lastChar, 0, held, 2);
    d.lastTotal = 0;
    if (i >= buf.length) return out;
  }
  const rest = i === 0 ? buf : buf.subarray(i);
  let end = rest.length;
  if (end & 1) {
    end--;
    hold(d, rest, end, 2);
  } else {
    const last = rest[end - 2] | (rest[end - 1] << 8);
    if (last >= 0xD800 && last <= 0xDBFF) {
      end -= 2;
      hold(d, rest, end, 4);
    }
  }
  return out + binding.slice(rest, 0, end, 2);
}

function writeBase64(d, buf) {
  const held = d.lastTotal - d.lastNeed;
  let out = '';
  let i = 0;
  if (held > 0) {
    let n = held;
    while (n < 3 && i < buf.length) d.lastChar[n++] = buf[i++];
    if (n < 3) {
      d.lastNeed = 3 - n;
      return '';
    }
    out = d.lastChar.toString(d.encoding, 0, 3);
    d.lastNeed = 0;
    d.lastTotal = 0;
  }
  const rest = buf.length - i;
  const keep = rest % 3;
  if (keep > 0) hold(d, buf, buf.length - keep, 3);
  return out + buf.toString(d.encoding, i, buf.length - keep);
}

function checkDecoder(d) {
  if (d === null || typeof d !== 'object' || !Buffer.isBuffer(d.lastChar) ||
      normalizeEncoding(d.encoding) !== d.encoding) {
    throw new codes.ERR_INVALID_THIS('StringDecoder');
  }
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  buf = toBuffer(buf);
  checkDecoder(this);
  if (buf.length === 0) return '';
  checkStringLength(buf.length, this.encoding);
  switch (this.encoding) {
    case 'utf8': return writeUtf8(this, buf);
    case 'utf16le': return writeUtf16(this, buf);
    case 'base64':
    case 'base64url': return writeBase64(this, buf);
    default: return buf.toString(this.encoding);
  }
};

StringDecoder.prototype.end = function end(buf) {
  let r = buf === undefined ? '' : this.write(buf);
  const held = this.lastTotal - this.lastNeed;
  if (this.lastTotal > 0 && held > 0) r += this.lastChar.toString(this.encoding, 0, held);
  this.lastNeed = 0;
  this.lastTotal = 0;
  return r;
};

// Older node's internal API, kept for code that calls it.
StringDecoder.prototype.text = function text(buf, offset) {
  this.lastNeed = 0;
  this.lastTotal = 0;
  return this.write(buf.slice(offset));
};

module.exports = { StringDecoder };
