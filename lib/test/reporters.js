'use strict';
// node:test/reporters — the built-in reporters in node's shapes: tap and dot are
// async generators over a TestsStream, spec is a Transform. (lcov, which needs
// coverage, is not provided.)

const { Transform } = require('stream');
const { createSpec } = require('internal/test_runner/reporter/spec');
const { createTap } = require('internal/test_runner/reporter/tap');
const { createDot } = require('internal/test_runner/reporter/dot');
const { createJunit } = require('internal/test_runner/reporter/junit');

function generatorOf(create, name) {
  const fn = async function*(source) {
    const format = create();
    const header = format('reporter:start', {});
    if (header) yield header;
    for await (const { type, data } of source) {
      const text = format(type, data);
      // tap yields a result's line and its YAML block separately, as node's does.
      if (Array.isArray(text)) yield* text.filter(Boolean);
      else if (text) yield text;
    }
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// The text of the events that arrive together goes out as one chunk (a reader
// of node's reporter sees the same, as its stream joins what is buffered).
class SpecReporter extends Transform {
  #format = createSpec();
  #pending = '';
  #scheduled = false;
  constructor() { super({ __proto__: null, writableObjectMode: true }); }
  _transform({ type, data }, encoding, callback) {
    const text = this.#format(type, data);
    if (text) {
      this.#pending += text;
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#push());
      }
    }
    callback();
  }
  #push() {
    this.#scheduled = false;
    if (this.#pending) this.push(this.#pending);
    this.#pending = '';
  }
  _flush(callback) {
    this.#push();
    callback();
  }
}

// spec() and new spec() both make a SpecReporter; given a source (as when it is a
// stage of stream.compose()), the reporter reads from it.
function spec(source) {
  const reporter = new SpecReporter();
  if (source != null && typeof source[Symbol.asyncIterator] === 'function') {
    require('stream').Readable.from(source).pipe(reporter);
  }
  return reporter;
}

module.exports = {
  dot: generatorOf(createDot, 'dot'),
  spec,
  tap: generatorOf(createTap, 'tap'),
  junit: generatorOf(createJunit, 'junit'),
};
