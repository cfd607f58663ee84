'use strict';
// An unhandled 'error' event prints the error's stack, then where it was emitted.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const script = `
const EventEmitter = require('events');
class Foo extends EventEmitter {}
const foo = new Foo();
function emitIt() { foo.emit('error', new TypeError('bad')); }
emitIt();
`;
const { code, stderr } = run(['-e', script]);
assert.strictEqual(code, 1);
assert.match(stderr, /TypeError: bad\n {4}at emitIt \(\[eval\]:5:39\)/);
assert.match(stderr, /\nEmitted 'error' event on Foo instance at:\n {4}at emitIt \(\[eval\]:5:25\)\n/);

const plain = run(['-e', "new (require('events'))().emit('error', new Error('x'))"]);
assert.strictEqual(plain.code, 1);
assert.match(plain.stderr, /\nEmitted 'error' event at:\n/);
