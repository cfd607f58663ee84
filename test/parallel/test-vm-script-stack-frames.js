'use strict';
// Frames of code run by node:vm read as V8's: a script's top level has no
// function name, and columns point at `new` and at the callee, with the
// script's lineOffset counted.
require('../common');
const assert = require('assert');
const vm = require('vm');

function frames(fn) {
  try {
    fn();
  } catch (err) {
    return err.stack.split('\n').filter((l) => l.startsWith('    at ')).slice(0, 2);
  }
  assert.fail('no throw');
}

assert.deepStrictEqual(
  frames(() => vm.runInNewContext('throw new Error("foo");', {}, 'top.vm'))[0],
  '    at top.vm:1:7');
assert.deepStrictEqual(
  frames(() => vm.runInThisContext('\n (function () { throw new Error("x"); })();',
                                   { filename: 'inner.vm', lineOffset: 3 })),
  ['    at inner.vm:5:23', '    at inner.vm:5:41']);
