'use strict';
// v8.Serializer / v8.Deserializer: V8's value wire format (version 15), written in
// JS so eddy reads and writes the same bytes node does for the values node's
// structured clone supports: primitives, strings (one- and two-byte), BigInt,
// plain objects, dense and sparse arrays, Date, RegExp, Map, Set, ArrayBuffer,
// primitive wrappers, back-references for shared objects and cycles, and host
// objects (DefaultSerializer writes ArrayBufferViews/Buffers as node does).
// Errors are not supported (DataCloneError), nor SharedArrayBuffer transfer.

const { codes } = require('internal/errors');

const kVersion = 15;
const kLatin1 = /^[\x00-\xff]*$/;
const regexpFlagBits = { d: 128, g: 1, i: 2, m: 4, s: 32, u: 16, v: 256, y: 8 };

function dataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

class Serializer {
  #bytes = new Uint8Array(64);
  #length = 0;
  #ids = new Map();
  #nextId = 0;
  #transferred = new Map();
  #viewsAsHost = false;

  #reserve(n) {
    if (this.#length + n <= this.#bytes.length) return;
    let size = this.#bytes.length * 2;
    while (size < this.#length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = next;
  }

  #byte(b) {
    this.#reserve(1);
    this.#bytes[this.#length++] = b;
  }

  #tag(ch) {
    this.#byte(ch.charCodeAt(0));
  }

  #varint(n) {
    // Unsigned LEB128 of a non-negative integer up to 2^53.
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this.#byte(b);
    } while (n > 0);
  }

  writeHeader() {
    this.#byte(0xff);
    this.#byte(kVersion);
  }

  writeUint32(value) {
    this.#varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#varint((hi >>> 0) * 2 ** 32 + (lo >>> 0));
  }

  writeDouble(value) {
    this.#reserve(8);
    new DataView(this.#bytes.buffer).setFloat64(this.#length, value, true);
    this.#length += 8;
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    const bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    this.#reserve(bytes.length);
    this.#bytes.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  releaseBuffer() {
    const { Buffer } = require('buffer');
    const out = Buffer.from(this.#bytes.subarray(0, this.#length));
    this.#bytes = new Uint8Array(64);
    this.#length = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    this.#transferred.set(arrayBuffer, id);
  }

  _setTreatArrayBufferViewsAsHostObjects(value) {
    this.#viewsAsHost = !!value;
  }

  // V8 reports unclonable values with a plain Error, as node's Serializer does.
  _getDataCloneError(message) {
    return new Error(message);
  }

  _getSharedArrayBufferId() {
    throw dataCloneError('#<SharedArrayBuffer> could not be cloned.');
  }

  _writeHostObject(object) {
    throw this._getDataCloneError(`Unserializable host object: ${object}`);
  }

  #string(s) {
    if (kLatin1.test(s)) {
      this.#tag('"');
      this.#varint(s.length);
      this.#reserve(s.length);
      for (let i = 0; i < s.length; i++) this.#bytes[this.#length++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    let varintSize = 1;
    for (let n = byteLength; n >= 128; n = Math.floor(n / 128)) varintSize++;
    // Two-byte strings start on an even offset; V8 pads with a zero tag.
    if ((this.#length + 1 + varintSize) & 1) this.#byte(0);
    this.#tag('c');
    this.#varint(byteLength);
    this.#reserve(byteLength);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.#bytes[this.#length++] = c & 0xff;
      this.#bytes[this.#length++] = c >> 8;
    }
  }

  #number(n) {
    if (Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 && !Object.is(n, -0)) {
      this.#tag('I');
      this.#varint(n >= 0 ? n * 2 : -n * 2 - 1);
    } else {
      this.#tag('N');
      this.writeDouble(n);
    }
  }

  #bigint(n) {
    const negative = n < 0n;
    let abs = negative ? -n : n;
    const digits = [];
    while (abs > 0n) {
      digits.push(Number(abs & 0xffn));
      abs >>= 8n;
    }
    while (digits.length % 8 !== 0) digits.push(0);
    this.#varint(digits.length * 2 + (negative ? 1 : 0));
    for (const d of digits) this.#byte(d);
  }

  #key(key) {
    const index = Number(key);
    if (String(index) === key && Number.isInteger(index) && index >= 0 && index < 2 ** 32 - 1) {
      this.#number(index);
    } else {
      this.#string(key);
    }
  }

  #properties(object, keys) {
    let count = 0;
    for (const key of keys) {
      this.#key(key);
      this.writeValue(object[key]);
      count++;
    }
    return count;
  }

  writeValue(value) {
    switch (typeof value) {
      case 'undefined': this.#tag('_'); return true;
      case 'boolean': this.#tag(value ? 'T' : 'F'); return true;
      case 'number': this.#number(value); return true;
      case 'string': this.#string(value); return true;
      case 'bigint': this.#tag('Z'); this.#bigint(value); return true;
      case 'symbol':
      case 'function':
        throw this._getDataCloneError(`${String(value)} could not be cloned.`);
    }
    if (value === null) {
      this.#tag('0');
      return true;
    }
    const seen = this.#ids.get(value);
    if (seen !== undefined) {
      this.#tag('^');
      this.#varint(seen);
      return true;
    }
    if (ArrayBuffer.isView(value) && this.#viewsAsHost) {
      this.#ids.set(value, this.#nextId++);
      this.#tag('\\');
      this._writeHostObject(value);
      return true;
    }
    this.#ids.set(value, this.#nextId++);
    const tag = Object.prototype.toString.call(value);
    if (Array.isArray(value)) {
      const keys = Object.keys(value);
      const dense = keys.length >= value.length;
      if (dense) {
        this.#tag('A');
        this.#varint(value.length);
        for (let i = 0; i < value.length; i++) this.writeValue(value[i]);
        const extra = this.#properties(value, keys.slice(value.length));
        this.#tag('$');
        this.#varint(extra);
        this.#varint(value.length);
      } else {
        this.#tag('a');
        this.#varint(value.length);
        const count = this.#properties(value, keys);
        this.#tag('@');
        this.#varint(count);
        this.#varint(value.length);
      }
    } else if (tag === '[object Date]') {
      this.#tag('D');
      this.writeDouble(value.getTime());
    } else if (tag === '[object RegExp]') {
      this.#tag('R');
      this.#string(value.source);
      let bits = 0;
      for (const f of value.flags) bits |= regexpFlagBits[f] ?? 0;
      this.#varint(bits);
    } else if (value instanceof Map) {
      this.#tag(';');
      for (const [k, v] of value) {
        this.writeValue(k);
        this.writeValue(v);
      }
      this.#tag(':');
      this.#varint(value.size * 2);
    } else if (value instanceof Set) {
      this.#tag('\'');
      for (const v of value) this.writeValue(v);
      this.#tag(',');
      this.#varint(value.size);
    } else if (value instanceof ArrayBuffer) {
      const id = this.#transferred.get(value);
      if (id !== undefined) {
        this.#tag('t');
        this.#varint(id);
      } else {
        this.#tag('B');
        this.#varint(value.byteLength);
        this.writeRawBytes(new Uint8Array(value));
      }
    } else if (tag === '[object Boolean]') {
      this.#tag(value.valueOf() ? 'y' : 'x');
    } else if (tag === '[object Number]') {
      this.#tag('n');
      this.writeDouble(value.valueOf());
    } else if (tag === '[object String]') {
      this.#tag('s');
      this.#string(value.valueOf());
    } else if (tag === '[object BigInt]') {
      this.#tag('z');
      this.#bigint(value.valueOf());
    } else if (ArrayBuffer.isView(value) || tag === '[object Error]' ||
               typeof value === 'function') {
      throw this._getDataCloneError(`${tag} could not be cloned.`);
    } else {
      this.#tag('o');
      const count = this.#properties(value, Object.keys(value));
      this.#tag('{');
      this.#varint(count);
    }
    return true;
  }
}

class Deserializer {
  #bytes;
  #pos = 0;
  #version = 0;
  #objects = [];
  #transferred = new Map();

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.#bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this.buffer = buffer;
  }

  #fail() {
    throw new Error('Unable to deserialize cloned data.');
  }

  #byte() {
    if (this.#pos >= this.#bytes.length) this.#fail();
    return this.#bytes[this.#pos++];
  }

  #varint() {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.#byte();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
  }

  readHeader() {
    if (this.#byte() !== 0xff) this.#fail();
    this.#version = this.#varint();
    return true;
  }

  getWireFormatVersion() {
    return this.#version;
  }

  readUint32() {
    return this.#varint() >>> 0;
  }

  readUint64() {
    const n = this.#varint();
    return [Math.floor(n / 2 ** 32) >>> 0, n >>> 0];
  }

  readDouble() {
    if (this.#pos + 8 > this.#bytes.length) this.#fail();
    const v = new DataView(this.#bytes.buffer, this.#bytes.byteOffset)
      .getFloat64(this.#pos, true);
    this.#pos += 8;
    return v;
  }

  _readRawBytes(length) {
    if (this.#pos + length > this.#bytes.length) this.#fail();
    const offset = this.#pos;
    this.#pos += length;
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const { Buffer } = require('buffer');
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + offset, length);
  }

  transferArrayBuffer(id, arrayBuffer) {
    this.#transferred.set(id, arrayBuffer);
  }

  _readHostObject() {
    this.#fail();
  }

  #latin1(length) {
    const start = this._readRawBytes(length);
    let s = '';
    for (let i = 0; i < length; i += 8192) {
      s += String.fromCharCode.apply(null,
        this.#bytes.subarray(start + i, start + Math.min(length, i + 8192)));
    }
    return s;
  }

  #twoByte(byteLength) {
    const start = this._readRawBytes(byteLength);
    let s = '';
    for (let i = 0; i < byteLength; i += 2) {
      s += String.fromCharCode(this.#bytes[start + i] | (this.#bytes[start + i + 1] << 8));
    }
    return s;
  }

  #utf8(length) {
    const start = this._readRawBytes(length);
    return new TextDecoder().decode(this.#bytes.subarray(start, start + length));
  }

  #bigint() {
    const bits = this.#varint();
    const length = bits >> 1;
    const start = this._readRawBytes(length);
    let n = 0n;
    for (let i = length - 1; i >= 0; i--) n = (n << 8n) | BigInt(this.#bytes[start + i]);
    return bits & 1 ? -n : n;
  }

  #keep(object) {
    this.#objects.push(object);
    return object;
  }

  #readProperties(object, endTag) {
    let count = 0;
    for (;;) {
      if (this.#bytes[this.#pos] === endTag.charCodeAt(0)) {
        this.#pos++;
        return count;
      }
      const key = this.readValue();
      object[key] = this.readValue();
      count++;
    }
  }

  readValue() {
    const tag = String.fromCharCode(this.#byte());
    switch (tag) {
      case '\0': return this.readValue();
      case '_': return undefined;
      case '0': return null;
      case 'T': return true;
      case 'F': return false;
      case 'I': {
        const z = this.#varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case 'U': return this.#varint();
      case 'N': return this.readDouble();
      case 'Z': return this.#bigint();
      case '"': return this.#latin1(this.#varint());
      case 'c': return this.#twoByte(this.#varint());
      case 'S': return this.#utf8(this.#varint());
      case '^': {
        const id = this.#varint();
        if (id >= this.#objects.length) this.#fail();
        return this.#objects[id];
      }
      case 'o': {
        const object = this.#keep({});
        const count = this.#readProperties(object, '{');
        if (this.#varint() !== count) this.#fail();
        return object;
      }
      case 'A': {
        const length = this.#varint();
        const array = this.#keep(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.#bytes[this.#pos] === 0x2d) { // '-': the hole
            this.#pos++;
            continue;
          }
          array[i] = this.readValue();
        }
        this.#readProperties(array, '$');
        this.#varint();
        this.#varint();
        return array;
      }
      case 'a': {
        const array = this.#keep(new Array(this.#varint()));
        this.#readProperties(array, '@');
        this.#varint();
        this.#varint();
        return array;
      }
      case 'D': return this.#keep(new Date(this.readDouble()));
      case 'R': {
        const sourceTag = String.fromCharCode(this.#byte());
        const length = this.#varint();
        const source = sourceTag === 'c' ? this.#twoByte(length) :
          sourceTag === 'S' ? this.#utf8(length) : this.#latin1(length);
        const bits = this.#varint();
        let flags = '';
        for (const [f, bit] of Object.entries(regexpFlagBits)) if (bits & bit) flags += f;
        return this.#keep(new RegExp(source, flags));
      }
      case ';': {
        const map = this.#keep(new Map());
        while (this.#bytes[this.#pos] !== 0x3a) map.set(this.readValue(), this.readValue());
        this.#pos++;
        this.#varint();
        return map;
      }
      case '\'': {
        const set = this.#keep(new Set());
        while (this.#bytes[this.#pos] !== 0x2c) set.add(this.readValue());
        this.#pos++;
        this.#varint();
        return set;
      }
      case 'B': {
        const length = this.#varint();
        const start = this._readRawBytes(length);
        return this.#keep(this.#bytes.slice(start, start + length).buffer);
      }
      case 't': {
        const buffer = this.#transferred.get(this.#varint());
        if (buffer === undefined) this.#fail();
        return this.#keep(buffer);
      }
      case 'y': return this.#keep(Object(true));
      case 'x': return this.#keep(Object(false));
      case 'n': return this.#keep(Object(this.readDouble()));
      case 'z': return this.#keep(Object(this.#bigint()));
      case 's': return this.#keep(Object(this.readValue()));
      case '\\': {
        const index = this.#objects.length;
        this.#objects.push(undefined);
        const object = this._readHostObject();
        this.#objects[index] = object;
        return object;
      }
    }
    this.#fail();
  }
}

// Node's host-object encoding of ArrayBufferViews: a type index, the byte length
// and the bytes.
const viewTypes = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'DataView',
  'Buffer', 'BigInt64Array', 'BigUint64Array', 'Float16Array',
];

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    const { Buffer } = require('buffer');
    let name = Buffer.isBuffer(abView) ? 'Buffer' :
      Object.prototype.toString.call(abView).slice(8, -1);
    if (!viewTypes.includes(name)) name = 'Uint8Array';
    this.writeUint32(viewTypes.indexOf(name));
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const type = viewTypes[this.readUint32()];
    const byteLength = this.readUint32();
    const bytes = this.readRawBytes(byteLength);
    const copy = new Uint8Array(bytes).buffer;
    if (type === 'Buffer') return require('buffer').Buffer.from(copy);
    if (type === 'DataView') return new DataView(copy);
    const Ctor = globalThis[type];
    if (Ctor === undefined) throw new Error('Unable to deserialize cloned data.');
    return new Ctor(copy, 0, byteLength / Ctor.BYTES_PER_ELEMENT);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

module.exports = {
  Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, serialize, deserialize,
};
