'use strict';
// A SyntaxError from compiling vm code is node's: V8's words, no engine-specific
// line/sourceURL properties, and the source line with a caret above its stack.
// Uncaught, it (and a runtime error of a vm script) shows that line once.
require('../common');
const { run } = require('../common/child');
const assert = require('assert');
const vm = require('vm');

function syntaxError(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.name, 'SyntaxError');
    assert.deepStrictEqual(Object.keys(err), []);
    return [err.message, err.stack.split('\n').slice(0, 5)];
  }
  assert.fail('did not throw');
}

assert.deepStrictEqual(syntaxError(() => new vm.Script('var 4;', { filename: 'foo.vm' })),
                       ['Unexpected number', ['foo.vm:1', 'var 4;', '    ^', '', 'SyntaxError: Unexpected number']]);
// compileFunction shows the body's own text, without its wrapper.
assert.deepStrictEqual(
  syntaxError(() => vm.compileFunction('let a = 1;\nreturn a 2', ['x'], { filename: 'cf.js' })),
  ['Unexpected number', ['cf.js:2', 'return a 2', '         ^', '', 'SyntaxError: Unexpected number']]);
assert.deepStrictEqual(
  syntaxError(() => vm.compileFunction('return 1 2', [], { filename: 'one.js' })),
  ['Unexpected number', ['one.js:1', 'return 1 2', '         ^', '', 'SyntaxError: Unexpected number']]);
assert.deepStrictEqual(
  syntaxError(() => vm.runInNewContext('let x = 1;\nlet y = 2 3;', {}, { filename: 'nc.vm', lineOffset: 2 })),
  ['Unexpected number', ['nc.vm:4', 'let y = 2 3;', '          ^', '', 'SyntaxError: Unexpected number']]);

// Uncaught: the source line once, then the error.
const uncaughtSyntax = run(['-e', "require('vm').runInThisContext('var 5;', { filename: 'test.vm' })"]);
assert.strictEqual(uncaughtSyntax.code, 1);
assert.ok(uncaughtSyntax.stderr.startsWith('test.vm:1\nvar 5;\n    ^\n\nSyntaxError: Unexpected number\n'),
          uncaughtSyntax.stderr);
const uncaughtThrow = run(['-e', "require('vm').runInThisContext('throw new Error(\"spooky\")', { filename: 'test.vm' })"]);
assert.strictEqual(uncaughtThrow.code, 1);
assert.ok(uncaughtThrow.stderr.startsWith('test.vm:1\nthrow new Error("spooky")\n^\n\nError: spooky\n    at test.vm:1:7\n'),
          uncaughtThrow.stderr);
assert.strictEqual(uncaughtThrow.stderr.split('test.vm:1\n').length, 2);

// The stack goes from the script's frames to the vm function called.
try {
  vm.runInNewContext('function f() { throw new Error("x") }\nf()', {}, { filename: 'frames.vm' });
} catch (err) {
  const frames = err.stack.split('\n').filter((line) => line.startsWith('    at '));
  assert.match(frames[0], /^ {4}at f \(frames\.vm:1:22\)$/);
  assert.strictEqual(frames[1], '    at frames.vm:2:1');
  assert.match(frames[2], /runInContext \(node:vm:\d+:\d+\)$/);
}
