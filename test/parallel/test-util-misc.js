'use strict';
// Smaller util functions: system error names, styleText, stripVTControlCharacters,
// toUSVString, isDeepStrictEqual, debuglog when disabled, getCallSites, deprecated aliases.
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorMessage(-2), 'no such file or directory');
assert.deepStrictEqual(util.getSystemErrorMap().get(-2), ['ENOENT', 'no such file or directory']);
assert.throws(() => util.getSystemErrorName(2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 2',
});
assert.throws(() => util.getSystemErrorName('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'x\')',
});

assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x', { validateStream: false }),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
assert.strictEqual(util.styleText('none', 'x', { validateStream: false }), 'x');
if (process.env.FORCE_COLOR === undefined && !process.stdout.isTTY) {
  assert.strictEqual(util.styleText('red', 'x', { stream: process.stdout }), 'x');
}
assert.throws(() => util.styleText('nope', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
                   'red link');
assert.throws(() => util.stripVTControlCharacters(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(util.toUSVString('a\ud800b\udc00'), 'a\ufffdb\ufffd');

assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
assert.strictEqual(util.isDeepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), true);
assert.strictEqual(util.isDeepStrictEqual(new Set([1]), new Set([2])), false);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);
assert.strictEqual(util.isDeepStrictEqual(0, -0), false);
assert.strictEqual(util.isDeepStrictEqual([1, 2], { 0: 1, 1: 2, length: 2 }), false);

const log = util.debuglog('eddy-test-section-not-enabled');
assert.strictEqual(log.enabled, false);
log('not printed');
assert.strictEqual(util.debug, util.debuglog);

const sites = util.getCallSites();
assert.ok(Array.isArray(sites) && sites.length > 0);
assert.strictEqual(typeof sites[0].functionName, 'string');
assert.ok(sites[0].scriptName.endsWith('test-util-misc.js'));
assert.throws(() => util.getCallSites(0), { code: 'ERR_OUT_OF_RANGE' });

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.code, 'DEP0044');
}));
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.deepStrictEqual(Object.keys(util.inspect.defaultOptions), [
  'showHidden', 'depth', 'colors', 'customInspect', 'showProxy', 'maxArrayLength',
  'maxStringLength', 'breakLength', 'compact', 'sorted', 'getters', 'numericSeparator',
]);
const saved = util.inspect.defaultOptions.depth;
util.inspect.defaultOptions = { depth: 0 };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: [Object] }');
util.inspect.defaultOptions = { depth: saved };
assert.throws(() => { util.inspect.defaultOptions = null; }, { code: 'ERR_INVALID_ARG_TYPE' });
