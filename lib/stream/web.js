'use strict';
// node:stream/web — the WHATWG streams.

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
} = require('internal/webstreams/readablestream');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writablestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transformstream');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
};
for (const name of ['ReadableByteStreamController', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest']) {
  require('internal/util').defineLazyProperty(module.exports, name,
    () => require('internal/webstreams/bytestream')[name]);
}
// These need TextEncoder/TextDecoder, which load on first use.
for (const name of ['TextEncoderStream', 'TextDecoderStream']) {
  require('internal/util').defineLazyProperty(module.exports, name,
    () => require('internal/webstreams/encoding')[name]);
}
for (const name of ['CompressionStream', 'DecompressionStream']) {
  require('internal/util').defineLazyProperty(module.exports, name,
    () => require('internal/webstreams/compression')[name]);
}
