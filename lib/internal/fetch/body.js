'use strict';
// The Body mixin shared by Request and Response: extracting a body from what the
// user passes, exposing it as a ReadableStream, and the one-shot consumers.

const kBody = Symbol('body'); // { source, stream, used, length } or null

let webstreams;
function lazyStreams() {
  webstreams ??= {
    ...require('internal/webstreams/readablestream'),
    kState: require('internal/webstreams/util').kState,
  };
  return webstreams;
}
let blobModule;
function lazyBlob() {
  blobModule ??= require('internal/blob');
  return blobModule;
}

function isReadableStream(v) {
  return v != null && typeof v === 'object' && lazyStreams().isReadableStream(v);
}

// Turns a BodyInit into { source, type, length }; source is a Uint8Array, a Blob or a
// ReadableStream.
function extractBody(object) {
  if (typeof object === 'string') {
    return { source: new TextEncoder().encode(object), type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    return {
      source: new TextEncoder().encode(object.toString()),
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { source: new Uint8Array(object.slice(0)), type: null };
  }
  if (ArrayBuffer.isView(object)) {
    const copy = new Uint8Array(object.byteLength);
    copy.set(new Uint8Array(object.buffer, object.byteOffset, object.byteLength));
    return { source: copy, type: null };
  }
  if (lazyBlob().isBlob(object)) {
    return { source: object, type: object.type || null };
  }
  const { FormData, serializeFormData } = require('internal/fetch/formdata');
  if (object instanceof FormData) {
    const { blob, boundary } = serializeFormData(object);
    return { source: blob, type: `multipart/form-data; boundary=${boundary}` };
  }
  if (isReadableStream(object)) {
    const { kState } = lazyStreams();
    if (object[kState].disturbed || object.locked) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { source: object, type: null };
  }
  if (typeof object === 'object' && object !== null && typeof object[Symbol.asyncIterator] === 'function') {
    return { source: ReadableStream.from(object), type: null };
  }
  return { source: new TextEncoder().encode(String(object)), type: 'text/plain;charset=UTF-8' };
}

function makeBody(source) {
  if (source === null) return null;
  return { source, stream: isReadableStream(source) ? source : null, used: false };
}

function bytesStream(bytes) {
  let done = false;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (!done && bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
      done = true;
      controller.close();
      controller.byobRequest?.respond(0);
    },
  });
}

function bodyStream(body) {
  if (body === null) return null;
  if (body.stream === null) {
    const { source } = body;
    body.stream = lazyBlob().isBlob(source) ? source.stream() : bytesStream(source);
  }
  return body.stream;
}

function bodyUsed(body) {
  if (body === null) return false;
  if (body.stream !== null) return body.stream[lazyStreams().kState].disturbed === true;
  return body.used;
}

function unusable(body) {
  if (body === null) return false;
  return bodyUsed(body) || (body.stream !== null && body.stream.locked);
}

async function readAllStream(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { out.set(c, off); off += c.byteLength; }
  return out;
}

// Reads the whole body as a Uint8Array; rejects when it was already read.
async function consumeBytes(owner) {
  const body = owner[kBody];
  if (unusable(body)) throw new TypeError('Body is unusable: Body has already been read');
  if (body === null) return new Uint8Array(0);
  if (body.stream === null) {
    body.used = true;
    const { source } = body;
    if (lazyBlob().isBlob(source)) return source.bytes();
    return source;
  }
  return readAllStream(body.stream);
}

function mimeOf(owner) {
  return owner.headers.get('content-type') ?? '';
}

function checkThis(self) {
  if (self == null || typeof self !== 'object' || !(kBody in self)) {
    throw require('internal/fetch/webidl').illegalInvocation();
  }
}

const bodyMixin = {
  get body() {
    checkThis(this);
    return bodyStream(this[kBody]);
  },
  get bodyUsed() {
    checkThis(this);
    return bodyUsed(this[kBody]);
  },
  async arrayBuffer() {
    checkThis(this);
    const bytes = await consumeBytes(this);
    return bytes.buffer.byteLength === bytes.byteLength && bytes.byteOffset === 0 ?
      bytes.buffer : bytes.slice().buffer;
  },
  async bytes() {
    checkThis(this);
    return consumeBytes(this);
  },
  async text() {
    checkThis(this);
    return new TextDecoder().decode(await consumeBytes(this));
  },
  async json() {
    checkThis(this);
    return JSON.parse(new TextDecoder().decode(await consumeBytes(this)));
  },
  async blob() {
    checkThis(this);
    const bytes = await consumeBytes(this);
    const { Blob } = lazyBlob();
    return new Blob([bytes], { type: mimeOf(this) });
  },
  async formData() {
    checkThis(this);
    const bytes = await consumeBytes(this);
    return require('internal/fetch/formdata').parseFormData(bytes, mimeOf(this));
  },
};

function installBodyMixin(proto) {
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(bodyMixin))) {
    const desc = Object.getOwnPropertyDescriptor(bodyMixin, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
}

// Splits a body into two for clone(): the original keeps one branch of a tee.
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return { source: body.source, stream: null, used: body.used };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { source: b, stream: b, used: false };
}

module.exports = {
  kBody, extractBody, makeBody, bodyStream, bodyUsed, unusable, installBodyMixin, cloneBody,
  isReadableStream, readAllStream,
};
