'use strict';
// The TypeErrors of a Proxy whose ownKeys trap breaks its invariants read as V8's
// where assert.throws sees them: the missing key is named.
require('../common');
const assert = require('assert');

assert.throws(() => Reflect.ownKeys(new Proxy([1, 2], { ownKeys() { return []; } })), {
  name: 'TypeError',
  message: "'ownKeys' on proxy: trap result did not include 'length'",
});
assert.throws(() => Reflect.ownKeys(new Proxy(Object.preventExtensions({ a: 1 }), {
  ownKeys() { return ['a', 'b']; },
})), {
  name: 'TypeError',
  message: "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible",
});
assert.throws(() => Reflect.ownKeys(new Proxy({}, { ownKeys() { return ['a', 'a']; } })), {
  name: 'TypeError',
  message: "'ownKeys' on proxy: trap returned duplicate entries",
});
// assert's own comparison meets the first of these.
assert.throws(() => assert.deepStrictEqual(new Proxy([1, 2, 3], { ownKeys() { return []; } }), [1, 2, 3]), {
  name: 'TypeError',
  message: "'ownKeys' on proxy: trap result did not include 'length'",
});
