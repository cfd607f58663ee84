'use strict';
// TestsStream: the object stream run() returns. Every event is both emitted by
// name ('test:pass', ...) and readable as { type, data }.

const { Readable } = require('stream');

class TestsStream extends Readable {
  #buffer = [];
  #canPush = true;
  constructor() { super({ objectMode: true, highWaterMark: 1 << 17 }); }

  _read() {
    this.#canPush = true;
    while (this.#buffer.length && this.#canPush) this.#canPush = this.push(this.#buffer.shift());
  }

  emitEvent(type, data) {
    this.emit(type, data);
    const item = { __proto__: null, type, data };
    if (this.#canPush && !this.#buffer.length) this.#canPush = this.push(item);
    else this.#buffer.push(item);
  }

  end() {
    if (this.#buffer.length) { this.#buffer.push(null); return; }
    this.push(null);
  }
}

module.exports = { TestsStream };
