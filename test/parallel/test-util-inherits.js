'use strict';
// util.inherits sets up the prototype chain and super_, and validates its arguments.
require('../common');
const assert = require('assert');
const util = require('util');

function Base() {}
Base.prototype.hello = function() { return 'hi'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
assert.strictEqual(Derived.super_, Base);
assert.strictEqual(new Derived().hello(), 'hi');
assert.ok(new Derived() instanceof Base);
assert.strictEqual(Object.getOwnPropertyDescriptor(Derived, 'super_').enumerable, false);

assert.throws(() => util.inherits(Derived, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(null, Base), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Derived, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
