'use strict';
// node's generated messages for failed assertions whose values print on one line.
require('../common');
const assert = require('assert');

function message(fn) {
  try {
    fn();
  } catch (err) {
    return err.message;
  }
  assert.fail('did not throw');
}

assert.strictEqual(message(() => assert.strictEqual(1, 2)),
                   'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(message(() => assert.strictEqual('a\nb', 'a\nc')),
                   "Expected values to be strictly equal:\n\n'a\\nb' !== 'a\\nc'\n");
assert.strictEqual(message(() => assert.strictEqual('abcdefgh', 'abcdefgi')),
                   "Expected values to be strictly equal:\n+ actual - expected\n\n" +
                   "+ 'abcdefgh'\n- 'abcdefgi'\n          ^\n");
assert.strictEqual(message(() => assert.strictEqual(-0, 0)),
                   'Expected values to be strictly deep-equal:'.replace('deep-', '') +
                   '\n+ actual - expected\n\n+ -0\n- 0\n');
assert.strictEqual(message(() => assert.strictEqual(1, 2, 'my msg')), 'my msg\n\n1 !== 2\n');
assert.strictEqual(message(() => assert.notStrictEqual(1, 1)),
                   'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(message(() => assert.notStrictEqual('abcdef', 'abcdef')),
                   "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'");
assert.strictEqual(message(() => assert.equal(1, 2)), '1 == 2');
assert.strictEqual(message(() => assert.notEqual(1, 1)), '1 != 1');
assert.strictEqual(message(() => assert.deepEqual(1, 2)),
                   'Expected values to be loosely deep-equal:\n\n1\n\nshould loosely deep-equal\n\n2');
assert.strictEqual(message(() => assert.notDeepStrictEqual(1, 1)),
                   'Expected "actual" not to be strictly deep-equal to: 1');
// The arrows' calls are tail calls in strict code; the message still names them.
assert.strictEqual(message(() => assert.ok(0)),
                   'The expression evaluated to a falsy value:\n\n  assert.ok(0)\n');
assert.strictEqual(message(() => assert(typeof 1 === 'string')),
                   "The expression evaluated to a falsy value:\n\n  assert(typeof 1 === 'string')\n");
assert.strictEqual(message(() => assert['ok'](null)),
                   "The expression evaluated to a falsy value:\n\n  assert['ok'](null)\n");
assert.strictEqual(message(() => require('assert').ok(0)), // node stops at the call
                   'The expression evaluated to a falsy value:\n\n  ok(0)\n');
assert.strictEqual(message(() => assert.strict.ok(
  '',
)), 'The expression evaluated to a falsy value:\n\n  assert.strict.ok(\n');
assert.strictEqual(message(() => assert.ok()), 'No value argument passed to `assert.ok()`');
assert.strictEqual(message(() => assert.fail()), 'Failed');
assert.strictEqual(message(() => assert.fail('boom')), 'boom');
assert.strictEqual(message(() => assert.match('abc', /x/)),
                   "The input did not match the regular expression /x/. Input:\n\n'abc'\n");
assert.strictEqual(message(() => assert.doesNotMatch('abc', /b/)),
                   "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n");
assert.strictEqual(message(() => assert.ifError(new Error('e1'))), 'ifError got unwanted exception: e1');
assert.strictEqual(message(() => assert.ifError('str')), "ifError got unwanted exception: 'str'");
assert.strictEqual(message(() => assert.throws(() => {})), 'Missing expected exception.');
assert.strictEqual(message(() => assert.throws(() => {}, Error, 'custom')),
                   'Missing expected exception (Error): custom');
assert.strictEqual(message(() => assert.throws(() => { throw new TypeError('x'); }, RangeError)),
                   'The error is expected to be an instance of "RangeError". Received "TypeError"\n\n' +
                   'Error message:\n\nx');
assert.strictEqual(message(() => assert.throws(() => { throw new Error('x'); }, function Foo() { return false; })),
                   'The "Foo" validation function is expected to return "true". Received false\n\n' +
                   'Caught error:\n\nError: x');
assert.strictEqual(message(() => assert.doesNotThrow(() => { throw new Error('x'); }, 'hello')),
                   'Got unwanted exception: hello\nActual message: "x"');

// The error's own fields.
try {
  assert.strictEqual(1, 2);
} catch (err) {
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.operator, 'strictEqual');
  assert.strictEqual(err.actual, 1);
  assert.strictEqual(err.expected, 2);
  assert.deepStrictEqual(Object.keys(err),
                         ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
  assert.match(err.stack, /^AssertionError \[ERR_ASSERTION\]: Expected values/);
}

// Bad input.
assert.throws(() => assert.strictEqual(1), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "actual" and "expected" arguments must be specified',
});
assert.throws(() => assert.throws(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (5)',
});
assert.throws(() => assert.throws(() => { throw new Error('x'); }, 'x'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error message "x" is identical to the message.',
});
assert.throws(() => assert.match('a', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"regexp\" argument must be an instance of RegExp. Received type string ('x')",
});
assert.throws(() => new assert.Assert({ diff: 'invalid' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.diff' must be one of: 'simple', 'full'. Received 'invalid'",
});
assert.throws(() => assert.Assert(), { code: 'ERR_CONSTRUCT_CALL_REQUIRED' });
assert.strictEqual(assert, assert.ok);
assert.strictEqual(require('assert/strict'), assert.strict);
assert.strictEqual(assert.strict.equal, assert.strictEqual);
