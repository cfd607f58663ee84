'use strict';
// A rejection with a non-error reason reaches 'uncaughtException' as node's
// UnhandledPromiseRejection: a plain Error with that name and a code, whose
// toString() and stack header carry no code (unlike the ERR_* errors). The reason is
// named as V8 names a value without running any of its code.
const common = require('../common');
const assert = require('assert');

const prefix = 'This error originated either by throwing inside of an async function without a catch ' +
  'block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the ' +
  'reason ';
const named = [];
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(origin, 'unhandledRejection');
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'UnhandledPromiseRejection');
  assert.strictEqual(err.code, 'ERR_UNHANDLED_REJECTION');
  assert.ok(err.message.startsWith(prefix));
  assert.strictEqual(err.toString(), `UnhandledPromiseRejection: ${err.message}`);
  assert.ok(err.stack.startsWith(`UnhandledPromiseRejection: ${err.message}\n    at `));
  named.push(err.message.slice(prefix.length));
}, 12));

class Foo {}
const reasons = [{ a: 1 }, 'abc', 42, Symbol('s'), [1, 2], function f() {}, new Foo(), undefined,
  Object.create(null), { toString: common.mustNotCall() }, 10n, new Map()];
for (const reason of reasons) Promise.reject(reason);
process.on('exit', () => {
  assert.deepStrictEqual(named, ['"#<Object>".', '"abc".', '"42".', '"Symbol(s)".', '"[object Array]".',
    '"function f() {}".', '"#<Foo>".', '"undefined".', '"[object Object]".', '"[object Object]".', '"10".',
    '"#<Map>".']);
});
