'use strict';
// console.group indents by two spaces per level (every line of a message),
// count/countReset keep per-label counters, time/timeLog/timeEnd print durations,
// and misuse emits node's warnings.
const common = require('../common');
const assert = require('assert');

const out = [];
const origOut = process.stdout.write;
process.stdout.write = (chunk) => { out.push(chunk); return true; };
try {
  console.group('Group');
  console.log('multi\nline');
  console.groupCollapsed();
  console.log({ a: 1, b: [1, 2] });
  console.groupEnd();
  console.groupEnd();
  console.groupEnd();
  console.log('back');
  console.count();
  console.count();
  console.count('x');
  console.countReset('x');
  console.count('x');
  console.time('t');
  console.timeLog('t', 'extra', { y: 1 });
  console.timeEnd('t');
} finally {
  process.stdout.write = origOut;
}
assert.deepStrictEqual(out.slice(0, 9), [
  'Group\n', '  multi\n  line\n', '    { a: 1, b: [ 1, 2 ] }\n', 'back\n',
  'default: 1\n', 'default: 2\n', 'x: 1\n', 'x: 1\n', out[8],
]);
assert.match(out[8], /^t: \d+(\.\d+)?ms extra \{ y: 1 \}\n$/);
assert.match(out[9], /^t: \d+(\.\d+)?ms\n$/);

const warnings = [];
process.on('warning', common.mustCall((w) => warnings.push(w.message), 4));
console.timeEnd('missing');
console.timeLog('missing');
console.time('dup');
console.time('dup');
console.countReset('nothing');
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    "No such label 'missing' for console.timeEnd()",
    "No such label 'missing' for console.timeLog()",
    "Label 'dup' already exists for console.time()",
    "Count for 'nothing' does not exist",
  ]);
});
