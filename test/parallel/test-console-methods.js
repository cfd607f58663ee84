'use strict';
// The global console writes log/info/debug/dirxml to stdout and warn/error/trace to
// stderr, one write per call, formatting like util.format.
require('../common');
const assert = require('assert');

const out = [];
const err = [];
const origOut = process.stdout.write;
const origErr = process.stderr.write;
process.stdout.write = (chunk) => { out.push(chunk); return true; };
process.stderr.write = (chunk) => { err.push(chunk); return true; };
try {
  console.log('log %s %d', 'a', 1, { b: 2 });
  console.info('info');
  console.debug('debug');
  console.dirxml('dirxml', [1]);
  console.warn('warn');
  console.error(new Map([[1, 2]]));
  console.log();
  console.log('%c styled', 'color: red');
  console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
  console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; } });
  console.assert(true, 'not printed');
  console.assert(false, 'failed %s', 'here');
  console.assert(false);
  console.assert(false, { obj: 1 });
} finally {
  process.stdout.write = origOut;
  process.stderr.write = origErr;
}
assert.deepStrictEqual(out, [
  'log a 1 { b: 2 }\n', 'info\n', 'debug\n', 'dirxml [ 1 ]\n', '\n', ' styled\n',
  '{ a: [Object] }\n',
  '{\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}\n',
]);
assert.deepStrictEqual(err, [
  'warn\n', 'Map(1) { 1 => 2 }\n', 'Assertion failed: failed here\n', 'Assertion failed\n',
  'Assertion failed { obj: 1 }\n',
]);

assert.strictEqual(require('console'), console);
assert.deepStrictEqual(Object.keys(console).slice(0, 19), [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
  'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml',
  'groupCollapsed',
]);
assert.strictEqual(console.log.name, 'log');
assert.strictEqual(console.debug.name, 'debug');
assert.notStrictEqual(console.log, console.debug);
assert.ok(console instanceof console.Console);
