'use strict';
// process is an instance of process.constructor, whose prototype is an
// EventEmitter.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const proto = Object.getPrototypeOf(process);
assert(process instanceof process.constructor);
assert(proto instanceof EventEmitter);
assert.strictEqual(process.constructor.prototype, proto);
assert.strictEqual(process.constructor.name, 'process');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(proto, 'constructor'), {
  value: process.constructor, writable: true, enumerable: false, configurable: true,
});
