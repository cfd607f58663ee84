'use strict';
// A net.Socket over any Duplex stream, as node's JSStreamSocket: what is written
// goes to the stream, what the stream emits is read, with the stream's own
// backpressure. Packages reach it as the constructor of a JS-transport TLS socket's
// `_handle._parentWrap` (http2-wrapper, which got loads, wraps HTTP/2 streams in it).

const net = require('net');

class JSStreamSocket extends net.Socket {
  #stream;

  constructor(stream) {
    super();
    this.#stream = stream;
    stream.on('data', (chunk) => {
      if (!this.push(chunk)) stream.pause();
    });
    stream.on('end', () => this.push(null));
    stream.on('error', (err) => this.destroy(err));
    stream.on('close', () => {
      if (!this.destroyed) this.destroy();
    });
  }

  get pending() {
    return false;
  }

  _read() {
    this.#stream.resume();
  }

  _writeGeneric(writev, data, encoding, cb) {
    const stream = this.#stream;
    if (!writev) {
      stream.write(data, encoding, cb);
      return;
    }
    for (let i = 0; i < data.length - 1; i++) stream.write(data[i].chunk, data[i].encoding);
    const last = data[data.length - 1];
    stream.write(last.chunk, last.encoding, cb);
  }

  _final(cb) {
    this.#stream.end(cb);
  }

  _destroy(err, cb) {
    if (!this.#stream.destroyed) this.#stream.destroy();
    super._destroy(err, cb);
  }
}

module.exports = JSStreamSocket;
