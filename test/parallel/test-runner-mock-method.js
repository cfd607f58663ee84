'use strict';
// mock.method / mock.getter / mock.setter replace a property until restore(),
// and refuse what is not a method, as node does.
require('../common');
const assert = require('assert');
const { mock } = require('node:test');

const obj = {
  base: 1,
  add(x) { return this.base + x; },
  get value() { return 'real'; },
  set value(v) { this.stored = v; },
};
const m = mock.method(obj, 'add');
assert.strictEqual(obj.add(2), 3);
assert.strictEqual(m.mock.calls[0].this, obj);
assert.strictEqual(obj.add.mock, m.mock);
m.mock.mockImplementation(() => 'replaced');
assert.strictEqual(obj.add(), 'replaced');

const g = mock.getter(obj, 'value', () => 'fake');
assert.strictEqual(obj.value, 'fake');
assert.strictEqual(g.mock.callCount(), 1);
const box = { set value(v) { this.stored = v; } };
const s = mock.setter(box, 'value', function(v) { this.seen = v; });
box.value = 7;
assert.strictEqual(box.seen, 7);
assert.strictEqual(s.mock.calls[0].arguments[0], 7);

mock.restoreAll();
assert.strictEqual(obj.add(1), 2);
assert.strictEqual(obj.add.mock, undefined);
assert.strictEqual(obj.value, 'real');

const inherited = Object.create({ hello() { return 'proto'; } });
mock.method(inherited, 'hello', () => 'own');
assert.strictEqual(inherited.hello(), 'own');
mock.reset();
assert.strictEqual(inherited.hello(), 'proto');
assert.ok(Object.hasOwn(inherited, 'hello'));

assert.throws(() => mock.method(null, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received null',
});
assert.throws(() => mock.method({ x: 1 }, 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'methodName' must be a method. Received 1",
});
assert.throws(() => mock.method({ x() {} }, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "methodName" argument must be one of type string or symbol. Received type number (5)',
});
assert.throws(() => mock.method(obj, 'value', { getter: true, setter: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.setter' cannot be used with 'options.getter'. Received true",
});
{
  // A non-configurable method cannot be mocked.
  const fixed = {};
  Object.defineProperty(fixed, 'method', { configurable: false, value() { return 1; } });
  assert.throws(() => mock.method(fixed, 'method', () => 2), {
    name: 'TypeError',
    message: 'Cannot redefine property: method',
  });
  assert.strictEqual(fixed.method(), 1);
}
