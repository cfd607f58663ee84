'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams over TextEncoder and
// TextDecoder (streaming, so characters split across chunks come out whole).

const { TransformStream } = require('internal/webstreams/transformstream');
const { customInspectSymbol } = require('internal/util');
const { checkThis, kType } = require('internal/webstreams/util');
const { privateMemberError } = require('internal/errors');

// `Name { field: value, ... }` as util.inspect shows the streams' state (past the
// depth limit nothing, which util.inspect shows as undefined, as node's).
function inspectFields(name, fields, depth, options, inspect) {
  if (depth < 0) return undefined;
  return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

// The state is in private fields, as node's (#handle: the encoder or decoder,
// #transform: the TransformStream). A getter read from anything else fails with
// V8's TypeError for the missing member, from the getter itself.
const isObject = (value) => typeof value === 'object' && value !== null;

class TextEncoderStream {
  #handle;
  #transform;

  constructor() {
    this[kType] = 'TextEncoderStream';
    const encoder = this.#handle = new TextEncoder();
    let pendingHigh = '';
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        let str = pendingHigh + String(chunk);
        pendingHigh = '';
        // A lone high surrogate at the end waits for its pair in the next chunk.
        const last = str.charCodeAt(str.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHigh = str[str.length - 1];
          str = str.slice(0, -1);
        }
        if (str.length > 0) controller.enqueue(encoder.encode(str));
      },
      flush(controller) {
        if (pendingHigh) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }

  get encoding() {
    if (!(isObject(this) && #handle in this)) throw privateMemberError('#handle');
    return this.#handle.encoding;
  }

  get readable() {
    if (!(isObject(this) && #transform in this)) throw privateMemberError('#transform');
    return this.#transform.readable;
  }

  get writable() {
    if (!(isObject(this) && #transform in this)) throw privateMemberError('#transform');
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    checkThis(this, 'TextEncoderStream', 'TextEncoderStream');
    return inspectFields('TextEncoderStream', { encoding: this.encoding, readable: this.readable, writable: this.writable },
                         depth, options, inspect);
  }
}

class TextDecoderStream {
  #handle;
  #transform;

  constructor(encoding = 'utf-8', options = {}) {
    this[kType] = 'TextDecoderStream';
    const decoder = this.#handle = new TextDecoder(encoding, options);
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
      },
    });
  }

  get encoding() {
    if (!(isObject(this) && #handle in this)) throw privateMemberError('#handle');
    return this.#handle.encoding;
  }

  get fatal() {
    if (!(isObject(this) && #handle in this)) throw privateMemberError('#handle');
    return this.#handle.fatal;
  }

  get ignoreBOM() {
    if (!(isObject(this) && #handle in this)) throw privateMemberError('#handle');
    return this.#handle.ignoreBOM;
  }

  get readable() {
    if (!(isObject(this) && #transform in this)) throw privateMemberError('#transform');
    return this.#transform.readable;
  }

  get writable() {
    if (!(isObject(this) && #transform in this)) throw privateMemberError('#transform');
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    checkThis(this, 'TextDecoderStream', 'TextDecoderStream');
    const fields = {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM,
      readable: this.readable, writable: this.writable,
    };
    return inspectFields('TextDecoderStream', fields, depth, options, inspect);
  }
}

module.exports = { TextDecoderStream, TextEncoderStream };
