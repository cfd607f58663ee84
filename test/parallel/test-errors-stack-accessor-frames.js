'use strict';
// A getter's or setter's frame is named `get x` / `set x` in error.stack, as V8
// names it, for class and object-literal accessors; a function named get is not
// an accessor.
require('../common');
const assert = require('assert');

const topFrame = (err) => err.stack.split('\n')[1];

class A {
  get foo() { return new Error('g'); }
  set foo(v) { this.made = new Error('s'); }
  static get bar() { return new Error('sg'); }
}
const a = new A();
assert.match(topFrame(a.foo), /^ {4}at get foo \(/);
a.foo = 1;
assert.match(topFrame(a.made), /^ {4}at set foo \(/);
assert.match(topFrame(A.bar), /^ {4}at get bar \(/);

const literal = {
  get q() {
    return new Error('literal');
  },
};
assert.match(topFrame(literal.q), /^ {4}at get q \(/);

function get() { return new Error('plain'); }
assert.match(topFrame(get()), /^ {4}at get \(/);
