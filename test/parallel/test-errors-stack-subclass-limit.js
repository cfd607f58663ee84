'use strict';
// An error's stack starts where it was made: the constructors of an Error
// subclass (default ones, and those calling super()) are not frames of it, and
// Error.stackTraceLimit = n gives n frames.
require('../common');
const assert = require('assert');

class Plain extends Error {}
class Named extends Error {
  constructor(message) {
    super(message);
    this.name = 'Named';
  }
}
class Deeper extends Named {}

function make(C) {
  return new C('m');
}

for (const C of [Error, TypeError, Plain, Named, Deeper]) {
  const lines = make(C).stack.split('\n');
  assert.match(lines[1], /^ {4}at make \(.*test-errors-stack-subclass-limit\.js:18:10\)$/, `${C.name}: ${lines[1]}`);
  assert.match(lines[2], /^ {4}at Object\.<anonymous> \(/);
}

function a() { return new Error('x'); }
function b() { return a(); }
const saved = Error.stackTraceLimit;
for (const n of [0, 1, 2, 3]) {
  Error.stackTraceLimit = n;
  const frames = b().stack.split('\n').slice(1);
  assert.strictEqual(frames.length, n);
  if (n >= 1) assert.match(frames[0], /^ {4}at a \(/);
  if (n >= 2) assert.match(frames[1], /^ {4}at b \(/);
  if (n >= 3) assert.match(frames[2], /^ {4}at Object\.<anonymous> \(/);
  const sub = new Deeper('d').stack.split('\n').slice(1);
  assert.strictEqual(sub.length, n);
  if (n >= 1) assert.match(sub[0], /^ {4}at Object\.<anonymous> \(/);
}
Error.stackTraceLimit = saved;
