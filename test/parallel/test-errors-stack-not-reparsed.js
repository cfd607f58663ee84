'use strict';
// A stack that is already text (not the engine's list of frames) is handed on as
// it is when assert catches the error: no line of it becomes an `    at ` frame.
const common = require('../common');
const assert = require('assert');

// An AssertionError made after an await (nothing of the program's below it on the
// stack) has a stack of its header alone, a multi-line message.
assert.rejects(
  assert.rejects(Promise.reject(null), { code: 'FOO' }),
  common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.ok(err.stack.startsWith(
      'AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n' +
      '+ actual - expected\n'), err.stack);
    for (const line of err.stack.split('\n')) {
      if (line.startsWith('    at ')) assert.doesNotMatch(line, /actual|expected|code: 'FOO'/);
    }
    return true;
  }),
).then(common.mustCall());

// An error the engine threw, whose stack the program replaced with its own text.
assert.throws(() => {
  try {
    null.x; // eslint-disable-line no-unused-expressions
  } catch (err) {
    err.stack = 'custom text';
    throw err;
  }
}, common.mustCall((err) => {
  assert.strictEqual(err.stack, 'custom text');
  return true;
}));
