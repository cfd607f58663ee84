'use strict';
// A hooks module (or a program) that throws a value that is not an error ends the
// process as in node: exit code 1, the value on a line of its own (a primitive as
// its string, with the --trace-uncaught hint; an object inspected).
require('../common');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');
const assert = require('assert');

const empty = fixtures.path('empty.js');
for (const [thrown, shown, hint] of [
  ['null', 'null', true],
  ['undefined', 'undefined', true],
  ['42', '42', true],
  ['"text"', 'text', true],
  ['{ a: 1 }', '{ a: 1 }', false],
]) {
  for (const args of [
    ['--no-warnings', '--experimental-loader', `data:text/javascript,throw ${thrown}`, empty],
    ['--input-type=module', '-e', `throw ${thrown}`],
    ['-e', `throw ${thrown}`],
  ]) {
    const r = run(args);
    assert.strictEqual(r.code, 1, args.join(' '));
    assert.strictEqual(r.stdout, '');
    const at = r.stderr.indexOf(`\n${shown}\n`);
    assert.notStrictEqual(at, -1, `${args.join(' ')}: ${r.stderr}`);
    const next = r.stderr.slice(at + shown.length + 2).split('\n')[0];
    assert.strictEqual(/^\(Use `\S+ --trace-uncaught \.\.\.` to show where the exception was thrown\)$/.test(next),
                       hint, r.stderr);
  }
}
