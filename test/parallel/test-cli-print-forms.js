'use strict';
// -p before -e (or with no code, reading stdin) only asks for the result to be
// printed; a value of its own starting with "\-" loses the backslash, as in node.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

assert.strictEqual(run(['-p', '-e', '[1, 2]']).stdout, '[ 1, 2 ]\n');
assert.strictEqual(run(['--print', '--eval', '"x"']).stdout, 'x\n');
assert.strictEqual(run(['-p'], { input: '40 + 2' }).stdout, '42\n');
assert.strictEqual(run(['-p', '\\-42']).stdout, '-42\n');
assert.strictEqual(run(['--title', '\\-t', '-p', 'process.title']).stdout, '-t\n');
assert.strictEqual(run(['--title=\\-t', '-p', 'process.title']).stdout, '\\-t\n');
