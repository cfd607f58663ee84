'use strict';
// Blob and File (exported by node:buffer), and the registry behind
// URL.createObjectURL / resolveObjectURL. A Blob is an immutable view of bytes
// held in memory; slices share them. A blob made by fs.openAsBlob() (or built
// from one) is instead a list of parts, some of them ranges of a file read only
// when the blob is (internal/fs/blob.js), which fails with NotReadableError once
// the file has changed.

// Globals read once, as node reads its primordials: a program that replaces a
// global later does not change how this module behaves.
const {
  ArrayBuffer, Date, Map, Math, Number, Object, Promise, Symbol, Uint8Array, WeakMap,
} = globalThis;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateObject, kValidateObjectAllowObjects, kValidateObjectAllowNullable } =
  require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const { isAnyArrayBuffer } = require('internal/buffer');

const binding = internalBinding('buffer');
const kUtf8 = 1;

// Blob -> { bytes: Uint8Array, type: string }, or for a blob with file parts
// { parts: Array<Uint8Array | FileRange>, size, type } (FileRange: internal/fs/blob.js).
const blobData = new WeakMap();

let fileBlobModule;
function fileBlob() {
  fileBlobModule ??= require('internal/fs/blob');
  return fileBlobModule;
}

function isBlob(v) {
  return blobData.has(v);
}

// Blob part bytes: views and buffers copied, blobs shared, the rest as UTF-8 text.
// A blob with file parts gives its parts (an array).
function partBytes(part, endings) {
  if (isBlob(part)) {
    const data = blobData.get(part);
    return data.bytes ?? data.parts;
  }
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  }
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  return new Uint8Array(binding.fromString(text, kUtf8));
}

// The type as the File API keeps it: lower-cased, or '' when it has a character
// outside U+0020..U+007E.
function normalizeType(type) {
  type = `${type}`;
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

class Blob {
  constructor(sources = [], options = kEmptyObject) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateObject(options, 'options', kValidateObjectAllowObjects | kValidateObjectAllowNullable);
    let { type = '', endings = 'transparent' } = options ?? kEmptyObject;
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    let fileParts = false;
    for (const part of sources) {
      const bytes = partBytes(part, endings);
      if (Array.isArray(bytes)) {
        fileParts = true;
        for (const p of bytes) {
          parts.push(p);
          size += partSize(p);
        }
      } else {
        parts.push(bytes);
        size += bytes.length;
      }
    }
    if (fileParts) {
      blobData.set(this, { parts: mergeBytes(parts), size, type: normalizeType(type) });
      return;
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(size);
      let pos = 0;
      for (const p of parts) {
        bytes.set(p, pos);
        pos += p.length;
      }
    }
    blobData.set(this, { bytes, type: normalizeType(type) });
  }

  get type() {
    return dataOf(this).type;
  }

  get size() {
    const data = dataOf(this);
    return data.bytes?.length ?? data.size;
  }

  slice(start = 0, end = undefined, contentType = '') {
    const data = dataOf(this);
    const { bytes } = data;
    const size = bytes?.length ?? data.size;
    start = relative(start, size);
    end = end === undefined ? size : relative(end, size);
    const blob = Object.create(Blob.prototype);
    if (bytes === undefined) {
      const parts = sliceParts(data.parts, start, Math.max(start, end));
      blobData.set(blob, { parts, size: Math.max(0, end - start), type: normalizeType(contentType) });
      return blob;
    }
    blobData.set(blob, {
      bytes: bytes.subarray(start, Math.max(start, end)),
      type: normalizeType(contentType),
    });
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const data = blobData.get(this);
    if (data.bytes === undefined) return fileBlob().readParts(data.parts, data.size).then((b) => b.buffer);
    return Promise.resolve(data.bytes.slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const data = blobData.get(this);
    if (data.bytes === undefined) {
      return fileBlob().readParts(data.parts, data.size).then((b) => binding.decodeUtf8(b, false));
    }
    return Promise.resolve(binding.decodeUtf8(data.bytes, false));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const data = blobData.get(this);
    if (data.bytes === undefined) return fileBlob().readParts(data.parts, data.size);
    return Promise.resolve(data.bytes.slice());
  }

  stream() {
    const data = dataOf(this);
    if (data.bytes === undefined) return fileBlob().partsStream(data.parts);
    const { bytes } = data;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const chunk = bytes.slice(offset, offset + 65536);
        offset += chunk.length;
        controller.enqueue(chunk);
      },
    });
  }

  [customInspectSymbol](depth, options) {
    const name = isFile(this) ? 'File' : 'Blob';
    if (depth < 0) return options.stylize(`[${name}]`, 'special');
    const { inspect } = require('internal/util/inspect');
    const obj = new inspectShapes[name]();
    obj.size = this.size;
    obj.type = this.type;
    if (isFile(this)) {
      obj.name = this.name;
      obj.lastModified = this.lastModified;
    }
    return inspect(obj, { ...options, depth: options?.depth == null ? null : options.depth - 1 });
  }
}

// Plain classes named as the inspected object, so that inspect names its copy.
const inspectShapes = { Blob: class Blob {}, File: class File {} };

function dataOf(blob) {
  const data = blobData.get(blob);
  if (data === undefined) throw new ERR_INVALID_THIS('Blob');
  return data;
}

function partSize(part) {
  return part instanceof Uint8Array ? part.length : part.end - part.start;
}

// Parts with neighbouring byte arrays joined.
function mergeBytes(parts) {
  const out = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part instanceof Uint8Array && last instanceof Uint8Array) {
      const joined = new Uint8Array(last.length + part.length);
      joined.set(last);
      joined.set(part, last.length);
      out[out.length - 1] = joined;
    } else {
      out.push(part);
    }
  }
  return out;
}

// The parts covering bytes [start, end) of parts. File ranges are kept even when
// empty, so that reading the slice still notices the file changed.
function sliceParts(parts, start, end) {
  const out = [];
  let pos = 0;
  for (const part of parts) {
    const size = partSize(part);
    const from = Math.max(start - pos, 0);
    const to = Math.min(end - pos, size);
    pos += size;
    if (part instanceof Uint8Array) {
      if (to > from) out.push(part.subarray(from, to));
    } else if (to >= from) {
      out.push({ file: part.file, start: part.start + from, end: part.start + to });
    }
  }
  return out;
}

// A blob of a whole file (fs.openAsBlob): file is { path, size, mtimeMs }.
function createFileBackedBlob(file, type) {
  const blob = Object.create(Blob.prototype);
  blobData.set(blob, { parts: [{ file, start: 0, end: file.size }], size: file.size, type });
  return blob;
}

function relative(n, size) {
  n = Math.trunc(Number(n)) || 0;
  if (n < 0) return Math.max(size + n, 0);
  return Math.min(n, size);
}

Object.defineProperties(Blob.prototype, {
  type: { enumerable: true },
  size: { enumerable: true },
  slice: { enumerable: true },
  arrayBuffer: { enumerable: true },
  text: { enumerable: true },
  bytes: { enumerable: true },
  stream: { enumerable: true },
  [Symbol.toStringTag]: { value: 'Blob', configurable: true },
});

const fileData = new WeakMap(); // File -> { name, lastModified }

function isFile(v) {
  return fileData.has(v);
}

class File extends Blob {
  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options?.lastModified;
    // Unary plus, so a BigInt or a throwing toPrimitive throws as in node.
    lastModified = lastModified === undefined ? Date.now() : +lastModified;
    if (Number.isNaN(lastModified)) lastModified = 0;
    fileData.set(this, { name: `${fileName}`, lastModified: Math.trunc(lastModified) });
  }

  get name() {
    const data = fileData.get(this);
    if (data === undefined) throw new ERR_INVALID_THIS('File');
    return data.name;
  }

  get lastModified() {
    const data = fileData.get(this);
    if (data === undefined) throw new ERR_INVALID_THIS('File');
    return data.lastModified;
  }
}

Object.defineProperties(File.prototype, {
  name: { enumerable: true },
  lastModified: { enumerable: true },
  [Symbol.toStringTag]: { value: 'File', configurable: true },
});

// Blobs and Files are copied to other threads and by structuredClone(): the bytes
// (a view of its own, not of a larger blob's buffer), the type, a File's name and
// date.
const { kClone, kDeserialize } = require('internal/worker/js_transferable');
Object.defineProperties(Blob.prototype, {
  [kClone]: {
    value: function clone() {
      const { bytes, type } = dataOf(this);
      if (bytes === undefined) {
        const { ERR_INVALID_STATE } = require('internal/errors').codes;
        throw new ERR_INVALID_STATE('File-backed Blobs are not cloneable');
      }
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const file = fileData.get(this);
      return {
        data: { bytes: whole ? bytes : bytes.slice(), type, file },
        deserializeInfo: file === undefined ? 'internal/blob:Blob' : 'internal/blob:File',
      };
    },
    configurable: true,
    writable: true,
  },
  [kDeserialize]: {
    value: function deserialize({ bytes, type, file }) {
      blobData.set(this, { bytes, type });
      if (file !== undefined) fileData.set(this, { name: file.name, lastModified: file.lastModified });
    },
    configurable: true,
    writable: true,
  },
});

// --- blob: URLs ------------------------------------------------------------------

const kPrefix = 'blob:nodedata:';
const registry = new Map(); // id -> Blob

// A v4-shaped UUID naming a registered blob (only unique, not a secret).
function randomId() {
  const hex = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// For URL.createObjectURL: registers the blob and returns its URL.
function createObjectURL(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = randomId();
  registry.set(id, blob);
  return `${kPrefix}${id}`;
}

function revokeObjectURL(url) {
  url = `${url}`;
  if (url.startsWith(kPrefix)) registry.delete(url.slice(kPrefix.length));
}

function resolveObjectURL(url) {
  url = `${url}`;
  if (!url.startsWith(kPrefix)) return undefined;
  let id = url.slice(kPrefix.length);
  const hash = id.search(/[?#]/);
  if (hash !== -1) id = id.slice(0, hash);
  const blob = registry.get(id);
  if (blob === undefined) return undefined;
  const copy = Object.create(Blob.prototype);
  blobData.set(copy, { ...blobData.get(blob) });
  return copy;
}

module.exports = {
  createFileBackedBlob,
  Blob,
  File,
  isBlob,
  createObjectURL,
  revokeObjectURL,
  resolveObjectURL,
};
