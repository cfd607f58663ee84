'use strict';
// new Console(stdout, stderr) and the options form: separate streams, groupIndentation,
// inspectOptions, colorMode, ignoreErrors, and node's argument errors.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

function sink() {
  const s = new EventEmitter();
  s.chunks = [];
  s.write = (chunk, cb) => { s.chunks.push(chunk); return true; };
  return s;
}

const out = sink();
const err = sink();
const c = new Console(out, err);
assert.ok(c instanceof Console);
c.log('hi %d', 5);
c.error('bad');
c.group('g');
c.warn({ x: 1 });
c.groupEnd();
c.info('after');
c.trace('traced %s', 'msg');
assert.deepStrictEqual(out.chunks, ['hi 5\n', 'g\n', 'after\n']);
assert.deepStrictEqual(err.chunks.slice(0, 2), ['bad\n', '  { x: 1 }\n']);
assert.match(err.chunks[2], /^Trace: traced msg\n {4}at /);
assert.strictEqual(err.chunks.length, 3);
assert.strictEqual(c._stdout, out);
assert.strictEqual(c._stderr, err);

// One stream serves both; Console works without `new`.
const both = sink();
const c2 = Console({ stdout: both, groupIndentation: 4, inspectOptions: { depth: 0 } });
c2.group();
c2.log({ a: { b: 1 } });
c2.error('e');
assert.deepStrictEqual(both.chunks, ['    { a: [Object] }\n', '    e\n']);

const colored = sink();
new Console({ stdout: colored, colorMode: true }).log(1, 'str', { s: 'x' });
assert.deepStrictEqual(colored.chunks,
                       ["\u001b[33m1\u001b[39m str { s: \u001b[32m'x'\u001b[39m }\n"]);
const plain = sink();
plain.isTTY = true;
new Console({ stdout: plain, colorMode: false }).log(1);
assert.deepStrictEqual(plain.chunks, ['1\n']);

// Write errors are swallowed unless ignoreErrors is false.
const broken = new EventEmitter();
broken.write = () => { throw new Error('EPIPE'); };
new Console(broken).log('dropped');
assert.throws(() => new Console({ stdout: broken, ignoreErrors: false }).log('x'), { message: 'EPIPE' });

assert.throws(() => new Console(), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  name: 'TypeError',
  message: 'Console expects a writable stream instance for stdout',
});
assert.throws(() => new Console({ stdout: sink(), stderr: {} }), {
  message: 'Console expects a writable stream instance for stderr',
});
assert.throws(() => new Console({ stdout: sink(), colorMode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'",
});
assert.throws(() => new Console({ stdout: sink(), colorMode: true, inspectOptions: { colors: true } }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
});
assert.throws(() => new Console({ stdout: sink(), groupIndentation: 1001 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001',
});
assert.throws(() => new Console({ stdout: sink(), inspectOptions: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
