'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding). UTF-8, UTF-16LE/BE and the
// windows-1252 labels (decoded as ISO-8859-1, exactly as node 24 does) are
// decoded by internalBinding('buffer'); the other legacy encodings go through
// the ICU converters the engine already links (lib/internal/encoding/icu.js).

// Globals read once, as node reads its primordials: a program that replaces a
// global later does not change how this module behaves.
const {
  ArrayBuffer, Boolean, Object, Symbol, TypeError, Uint8Array,
} = globalThis;

const binding = internalBinding('buffer');
const { codes } = require('internal/errors');
const { validateObject, kValidateObjectAllowObjects, kValidateObjectAllowNullable } =
  require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const { isAnyArrayBuffer, isUint8Array } = require('internal/buffer');
const { labels } = require('internal/encoding/labels');

const kLatin1 = 3;
const kStringMaxLength = 0x1fffffe8; // V8's, as buffer.constants.MAX_STRING_LENGTH

// The WHATWG name of an encoding label, or undefined.
function getEncodingFromLabel(label) {
  const name = labels[label];
  if (name !== undefined) return name;
  // Only ASCII whitespace is trimmed, as the Encoding Standard says.
  return labels[`${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase()];
}

class TextEncoder {
  #brand;

  get encoding() {
    this.#brand;
    return 'utf-8';
  }

  encode(input = '') {
    if (!(#brand in this)) throw new codes.ERR_INVALID_THIS('TextEncoder');
    // (An ArrayBuffer of its own would count as live until the engine's next full
    // collection: see src/util/js_view.h.)
    const str = `${input}`;
    const bytes = new Uint8Array(binding.byteLengthUtf8(str));
    binding.encodeIntoUtf8(str, bytes);
    return bytes;
  }

  encodeInto(src, dest) {
    if (!(#brand in this)) throw new codes.ERR_INVALID_THIS('TextEncoder');
    src = `${src}`;
    if (!isUint8Array(dest)) throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const r = binding.encodeIntoUtf8(src, dest);
    return { read: r[0], written: r[1] };
  }

  [customInspectSymbol](depth, options) {
    if (!(#brand in this)) throw new codes.ERR_INVALID_THIS('TextEncoder');
    const ctor = this.constructor;
    const obj = Object.create({ constructor: ctor === null ? TextEncoder : ctor });
    obj.encoding = this.encoding;
    return require('internal/util/inspect').inspect(obj, options);
  }
}
Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextEncoder', configurable: true },
});

function invalidInputError() {
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function toBytes(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw invalidInputError();
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null; // bytes of an unfinished character held across stream chunks
  #bomSeen = false;
  #icu = null; // ICU converter handle for the legacy encodings

  constructor(encoding = 'utf-8', options = kEmptyObject) {
    const name = getEncodingFromLabel(encoding);
    if (name === undefined || name === 'replacement' || name === 'x-user-defined') {
      throw new codes.ERR_ENCODING_NOT_SUPPORTED(name === undefined ? encoding : name);
    }
    validateObject(options, 'options', kValidateObjectAllowObjects | kValidateObjectAllowNullable);
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    if (!isBuiltin(name)) {
      const icu = require('internal/encoding/icu');
      if (!icu.hasConverter(name)) throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    }
  }

  decode(input = new Uint8Array(0), options = kEmptyObject) {
    if (!(#encoding in this)) throw new codes.ERR_INVALID_THIS('TextDecoder');
    let bytes = toBytes(input);
    validateObject(options, 'options', kValidateObjectAllowObjects | kValidateObjectAllowNullable);
    const stream = Boolean(options?.stream);
    const name = this.#encoding;
    if (!isBuiltin(name)) return this.#decodeIcu(bytes, stream);
    if (this.#pending !== null) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = null;
    }
    let result;
    if (name === 'utf-8') {
      let end = bytes.length;
      if (stream) {
        const tail = binding.utf8IncompleteTail(bytes);
        if (tail > 0) {
          end -= tail;
          this.#pending = bytes.slice(end);
        }
      }
      result = binding.decodeUtf8(end === bytes.length ? bytes : bytes.subarray(0, end), this.#fatal);
    } else if (name === 'windows-1252') {
      result = binding.slice(bytes, 0, bytes.length, kLatin1);
    } else {
      if (name === 'utf-16be') bytes = swapped(bytes);
      let end = bytes.length;
      if (stream) {
        end -= end & 1;
        if (end >= 2) {
          const last = bytes[end - 2] | (bytes[end - 1] << 8);
          if (last >= 0xD800 && last <= 0xDBFF) end -= 2;
        }
        if (end < bytes.length) {
          // Held bytes are kept in the stream's own byte order.
          const held = bytes.slice(end);
          this.#pending = name === 'utf-16be' ? swapped(held) : held;
        }
      }
      result = binding.decodeUtf16le(end === bytes.length ? bytes : bytes.subarray(0, end), this.#fatal);
    }
    if (result === null) {
      this.#reset();
      throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(name, undefined);
    }
    if (result.length > kStringMaxLength) {
      // The engine's strings are longer than V8's; node's decode fails past V8's.
      this.#reset();
      throw new codes.ERR_STRING_TOO_LONG(kStringMaxLength.toString(16));
    }
    result = this.#stripBOM(result, stream);
    if (!stream) this.#reset();
    return result;
  }

  get encoding() {
    if (!(#encoding in this)) throw new codes.ERR_INVALID_THIS('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!(#encoding in this)) throw new codes.ERR_INVALID_THIS('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!(#encoding in this)) throw new codes.ERR_INVALID_THIS('TextDecoder');
    return this.#ignoreBOM;
  }

  #stripBOM(result, stream) {
    if (!this.#bomSeen && result.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && result.charCodeAt(0) === 0xFEFF && hasBOM(this.#encoding)) {
        result = result.slice(1);
      }
    }
    return result;
  }

  #reset() {
    this.#pending = null;
    this.#bomSeen = false;
    if (this.#icu !== null) {
      require('internal/encoding/icu').close(this.#icu);
      this.#icu = null;
    }
  }

  #decodeIcu(bytes, stream) {
    const icu = require('internal/encoding/icu');
    this.#icu ??= icu.open(this.#encoding, this.#fatal);
    let result = icu.decode(this.#icu, bytes, !stream);
    if (result === null) {
      this.#reset();
      throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding, undefined);
    }
    result = this.#stripBOM(result, stream);
    if (!stream) this.#reset();
    return result;
  }

  [customInspectSymbol](depth, options) {
    if (!(#encoding in this)) throw new codes.ERR_INVALID_THIS('TextDecoder');
    const obj = Object.create({ constructor: this.constructor === null ? TextDecoder : this.constructor });
    obj.encoding = this.#encoding;
    obj.fatal = this.#fatal;
    obj.ignoreBOM = this.#ignoreBOM;
    if (typeof depth === 'number' && depth < 0) return this;
    return require('internal/util/inspect').inspect(obj, options);
  }
}
Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextDecoder', configurable: true },
});

// The encodings whose decoders strip a byte order mark.
function hasBOM(name) {
  return name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be';
}

function isBuiltin(name) {
  return name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be' || name === 'windows-1252';
}

function swapped(bytes) {
  const copy = bytes.slice(0, bytes.length - (bytes.length & 1));
  if (copy.length > 0) binding.swap(copy, 2);
  if (bytes.length & 1) return concatBytes(copy, bytes.subarray(bytes.length - 1));
  return copy;
}

module.exports = {
  TextEncoder,
  TextDecoder,
  getEncodingFromLabel,
};
