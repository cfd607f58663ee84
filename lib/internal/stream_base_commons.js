'use strict';
// The JS side of the stream layer (src/binding/stream_wrap.c): turning what a
// handle delivers into Buffers, and the write paths net.Socket (and later tls,
// http, child_process pipes) share.

let FastBuffer;
// Bytes from C arrive as an ArrayBuffer the engine owns: a Buffer over it, no copy.
function toBuffer(ab) {
  if (FastBuffer === undefined) {
    try {
      FastBuffer = require('internal/buffer').FastBuffer;
    } catch {
      FastBuffer = Uint8Array;
    }
  }
  return new FastBuffer(ab);
}

module.exports = { toBuffer };
