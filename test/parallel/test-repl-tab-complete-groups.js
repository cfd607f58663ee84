'use strict';
// REPL completion of members, globals and commands: one group per object of the
// prototype chain (farthest first, '' between, each sorted, a name only in its
// nearest group), names matched case-insensitively, literals and computed keys
// read without calling anything, and nothing after a declaration keyword.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const server = repl.start({ input: new PassThrough(), output: new PassThrough(), prompt: '', terminal: true });
server.write('var x = Object.create(null); x.a = 1; x.b = 2;\n');
server.write('var y = Object.create(x); y.a = 3; y.c = 4;\n');
server.write('var foo = { barBar: 1, BARbuz: 2, barBLA: 3, "not a name": 4, 12: 5 };\n');
server.write('var key = "inner"; var deep = { inner: { zeta: 1 }, get lazy() { throw new Error("ran"); } };\n');

const cases = [
  ['y.', [['y.b', '', 'y.a', 'y.c'], 'y.']],
  ['foo.b', [['foo.BARbuz', 'foo.barBLA', 'foo.barBar'], 'foo.b']],
  ['foo.B', [['foo.BARbuz', 'foo.barBLA', 'foo.barBar'], 'foo.B']],
  ['deep[key].z', [['deep[key].zeta'], 'deep[key].z']],
  ['deep["in" + "ner"].z', [['deep["in" + "ner"].zeta'], 'deep["in" + "ner"].z']],
  ['deep.lazy.', [[], 'deep.lazy.']],
  ['console?.lo', [['console?.log'], 'console?.lo']],
  ['"".at', [['"".at'], '"".at']],
  ['[].at', [['[].at'], '[].at']],
  ['toSt', [['toString'], 'toSt']],
  ['.b', [['break'], 'b']],
  ['let a', [[], undefined]],
  ['foo(', [[], undefined]],
];
for (const [line, expected] of cases) {
  server.complete(line, common.mustSucceed((data) => {
    assert.deepStrictEqual(data, expected, line);
  }));
}

// A key that calls something is not read.
server.complete('deep[String(key)].z', common.mustSucceed(([list]) => {
  assert.deepStrictEqual(list, []);
}));
// Object.prototype's legacy accessors are left out; __proto__ is not.
server.complete('foo.__', common.mustSucceed(([list]) => {
  assert.deepStrictEqual(list, ['foo.__proto__']);
}));
// Keywords come first, then the globals.
server.complete('wh', common.mustSucceed(([list]) => {
  assert.deepStrictEqual(list, ['while']);
}));
server.complete('Uint8', common.mustSucceed(([list]) => {
  assert.deepStrictEqual(list, ['Uint8Array', 'Uint8ClampedArray']);
}));
server.complete('NaN', common.mustSucceed(([list]) => {
  assert.deepStrictEqual(list, ['NaN']);
}));
server.close();
