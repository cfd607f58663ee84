'use strict';
// CompressionStream and DecompressionStream: TransformStreams over zlib's
// engines (gzip, deflate, deflate-raw, brotli). zlib's own failures (Z_DATA_ERROR,
// Z_BUF_ERROR, ...) surface as TypeErrors keeping their code, with zlib's error
// as the cause, as node's do.

const { TransformStream } = require('internal/webstreams/transformstream');
const { customInspectSymbol } = require('internal/util');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const formats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];
const makers = {
  compress: {
    'deflate': (z) => z.createDeflate(), 'deflate-raw': (z) => z.createDeflateRaw(),
    'gzip': (z) => z.createGzip(), 'brotli': (z) => z.createBrotliCompress(),
  },
  decompress: {
    'deflate': (z) => z.createInflate(), 'deflate-raw': (z) => z.createInflateRaw(),
    'gzip': (z) => z.createGunzip(), 'brotli': (z) => z.createBrotliDecompress(),
  },
};

function webError(err) {
  if (typeof err?.code !== 'string' || !err.code.startsWith('Z_') && !err.code.startsWith('ERR__')) return err;
  const wrapped = new TypeError(undefined, { cause: err });
  wrapped.code = err.code;
  return wrapped;
}

function validateFormat(format, className) {
  if (!formats.includes(format)) {
    const err = new ERR_INVALID_ARG_VALUE('format', format);
    err.message = `Failed to construct '${className}': 1st argument value '${format}' ` +
      'is not a valid enum value of type CompressionFormat.';
    throw err;
  }
}

// Output waits in the readable side up to zlib's own buffer size, so writes go on
// until that much is unread (as node's, whose streams are zlib's).
const readableStrategy = { highWaterMark: 16 * 1024, size: (chunk) => chunk.byteLength };

// A TransformStream that feeds each chunk to a zlib stream and passes on what it gives.
function transformOver(engine) {
  let controller;
  let failure = null;
  let ended = false; // a decompressor ends by itself when its data does
  engine.on('end', () => {
    ended = true;
  });
  engine.on('data', (chunk) => {
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });
  engine.on('error', (err) => {
    failure = webError(err);
    controller.error(failure);
  });
  return new TransformStream({
    start(c) {
      controller = c;
    },
    transform(chunk) {
      if (failure) throw failure;
      return new Promise((resolve, reject) => {
        engine.write(chunk, (err) => (err ? reject(webError(err)) : resolve()));
      });
    },
    flush() {
      if (failure) throw failure;
      if (ended) return undefined;
      return new Promise((resolve, reject) => {
        engine.once('end', resolve);
        engine.once('error', (err) => reject(webError(err)));
        engine.end();
      });
    },
    cancel(reason) {
      engine.destroy(reason);
    },
  }, undefined, readableStrategy);
}

function inspectPair(self, name, depth, options, inspect) {
  const inner = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
  return `${name} ${inspect({ readable: self.readable, writable: self.writable }, inner)}`;
}

class CompressionStream {
  #transform;

  constructor(format) {
    validateFormat(format, 'CompressionStream');
    this.#transform = transformOver(makers.compress[format](require('zlib')));
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectPair(this, 'CompressionStream', depth, options, inspect);
  }
}

class DecompressionStream {
  #transform;

  constructor(format) {
    validateFormat(format, 'DecompressionStream');
    this.#transform = transformOver(makers.decompress[format](require('zlib')));
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectPair(this, 'DecompressionStream', depth, options, inspect);
  }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = { CompressionStream, DecompressionStream };
