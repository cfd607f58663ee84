'use strict';
// structuredClone of a DOMException keeps its name, message, code and stack; an object
// that only inherits from DOMException.prototype clones as the plain object it is.
require('../common');
const assert = require('assert');

const e = new DOMException('gone', 'NotFoundError');
const copy = structuredClone(e);
assert.ok(copy instanceof DOMException);
assert.strictEqual(copy.name, 'NotFoundError');
assert.strictEqual(copy.message, 'gone');
assert.strictEqual(copy.code, 8);
assert.strictEqual(copy.stack, e.stack);

const lookalike = Object.setPrototypeOf({ a: 1 }, DOMException.prototype);
const plain = structuredClone(lookalike);
assert.strictEqual(plain instanceof DOMException, false);
assert.deepStrictEqual(plain, { a: 1 });

assert.throws(() => structuredClone(e, { transfer: [e] }), { name: 'DataCloneError' });
