'use strict';
// An error's stack is the one of its making, however late it is read: the frame limit
// in force when the error was made applies, a subclass's own constructors are left
// out, and a frame limit changed afterwards changes nothing.
require('../common');
const assert = require('assert');

const frames = (err) => err.stack.split('\n').filter((l) => l.startsWith('    at '));

function inner() { return new Error('made in inner'); }
function outer() { return inner(); }

const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
const one = outer();
Error.stackTraceLimit = 10;
assert.strictEqual(frames(one).length, 1);
assert.match(frames(one)[0], /at inner /);
assert.match(one.stack, /^Error: made in inner\n/);

const full = outer();
Error.stackTraceLimit = 1;
assert.ok(frames(full).length >= 2);
assert.match(frames(full)[1], /at outer /);
Error.stackTraceLimit = saved;

class AppError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AppError';
  }
}
function makeAppError() { return new AppError('app'); }
const app = makeAppError();
assert.match(app.stack, /^AppError: app\n {4}at makeAppError /);
assert.ok(app instanceof AppError && app instanceof Error);
