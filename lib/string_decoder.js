'use strict';
// node:string_decoder. Decodes a stream of byte chunks into strings without
// splitting a character: the bytes of an unfinished UTF-8 sequence, UTF-16 unit
// or surrogate pair, or base64 group wait in lastChar for the next chunk.

// Globals read once: each global lookup is a slow path in this embedding.
const {
  ArrayBuffer,
} = globalThis;

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { normalizeEncoding } = require('internal/buffer/encodings');

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
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

class StringDecoder {
  constructor(encoding) {
    const name = normalizeEncoding(encoding);
    if (name === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = name;
    this.lastChar = Buffer.alloc(4);
    this.lastNeed = 0;
    this.lastTotal = 0;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    buf = toBuffer(buf);
    if (buf.length === 0) return '';
    switch (this.encoding) {
      case 'utf8': return this.#writeUtf8(buf);
      case 'utf16le': return this.#writeUtf16(buf);
      case 'base64':
      case 'base64url': return this.#writeBase64(buf);
      default: return buf.toString(this.encoding);
    }
  }

  end(buf) {
    let r = buf === undefined ? '' : this.write(buf);
    const held = this.lastTotal - this.lastNeed;
    if (this.lastTotal > 0 && held > 0) {
      r += this.lastChar.toString(this.encoding, 0, held);
    }
    this.lastNeed = 0;
    this.lastTotal = 0;
    return r;
  }

  // Older node's internal API, kept for code that calls it.
  text(buf, offset) {
    this.lastNeed = 0;
    this.lastTotal = 0;
    return this.write(buf.slice(offset));
  }

  #hold(bytes, start, total) {
    const n = bytes.length - start;
    for (let i = 0; i < n; i++) this.lastChar[i] = bytes[start + i];
    this.lastTotal = total;
    this.lastNeed = total - n;
  }

  #writeUtf8(buf) {
    let out = '';
    let i = 0;
    if (this.lastNeed > 0) {
      let held = this.lastTotal - this.lastNeed;
      while (this.lastNeed > 0 && i < buf.length && (buf[i] & 0xC0) === 0x80) {
        this.lastChar[held++] = buf[i++];
        this.lastNeed--;
      }
      if (this.lastNeed > 0 && i >= buf.length) return '';
      out = binding.slice(this.lastChar, 0, held, 1);
      this.lastNeed = 0;
      this.lastTotal = 0;
      if (i >= buf.length) return out;
    }
    const rest = i === 0 ? buf : buf.subarray(i);
    const tail = utf8Tail(rest);
    if (tail > 0) this.#hold(rest, rest.length - tail, utf8SequenceLength(rest[rest.length - tail]));
    return out + binding.slice(rest, 0, rest.length - tail, 1);
  }

  #writeUtf16(buf) {
    const held = this.lastTotal - this.lastNeed;
    if (held > 0) {
      const joined = Buffer.allocUnsafe(held + buf.length);
      joined.set(this.lastChar.subarray(0, held), 0);
      joined.set(buf, held);
      buf = joined;
      this.lastNeed = 0;
      this.lastTotal = 0;
    }
    let end = buf.length - (buf.length & 1);
    // A high surrogate ending an even-length chunk waits for its partner (with an
    // odd byte left over node emits it as it is).
    if (end >= 2 && end === buf.length) {
      const last = buf[end - 2] | (buf[end - 1] << 8);
      if (last >= 0xD800 && last <= 0xDBFF) end -= 2;
    }
    if (end < buf.length) this.#hold(buf, end, buf.length - end === 1 ? 2 : 4);
    return binding.slice(buf, 0, end, 2);
  }

  #writeBase64(buf) {
    const held = this.lastTotal - this.lastNeed;
    let out = '';
    let i = 0;
    if (held > 0) {
      let n = held;
      while (n < 3 && i < buf.length) this.lastChar[n++] = buf[i++];
      if (n < 3) {
        this.lastNeed = 3 - n;
        return '';
      }
      out = this.lastChar.toString(this.encoding, 0, 3);
      this.lastNeed = 0;
      this.lastTotal = 0;
    }
    const rest = buf.length - i;
    const keep = rest % 3;
    if (keep > 0) this.#hold(buf, buf.length - keep, 3);
    return out + buf.toString(this.encoding, i, buf.length - keep);
  }
}

module.exports = { StringDecoder };
