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
      if (text) yield text;
    }
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

class SpecReporter extends Transform {
  #format = createSpec();
  constructor() { super({ __proto__: null, writableObjectMode: true }); }
  _transform({ type, data }, encoding, callback) {
    const text = this.#format(type, data);
    callback(null, text || undefined);
  }
}

module.exports = {
  dot: generatorOf(createDot, 'dot'),
  spec: SpecReporter,
  tap: generatorOf(createTap, 'tap'),
  junit: generatorOf(createJunit, 'junit'),
};
