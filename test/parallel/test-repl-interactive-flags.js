'use strict';
// The process's own REPL (-i): it follows -e code, refuses --input-type, hands
// errors to 'uncaughtException' listeners when there are some, prints with
// util.inspect.replDefaults, continues a string ending in a backslash, and
// repl.repl is the server.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function repl(args, input) {
  const result = spawnSync(process.execPath, ['-i', ...args], { input, encoding: 'utf8' });
  assert.strictEqual(result.stderr, '');
  // The first line is the welcome text.
  return result.stdout.split('\n').slice(1).join('\n');
}

assert.strictEqual(repl(['-e', 'globalThis.fromEval = 42'], 'fromEval\nmodule.id\n'),
                   "Type \".help\" for more information.\n> 42\n> '<repl>'\n> ");
assert.strictEqual(
  repl([], 'x\nprocess.on("uncaughtException", () => console.log("Foobar")); 1\nx\n'),
  'Type ".help" for more information.\n> Uncaught ReferenceError: x is not defined\n> 1\n> Foobar\n> ');
assert.strictEqual(
  repl([], '[ 42, 23 ]\nutil.inspect.replDefaults.maxArrayLength = 1\n[ 42, 23 ]\n'),
  'Type ".help" for more information.\n> [ 42, 23 ]\n> 1\n> [ 42, ... 1 more item ]\n> ');
assert.strictEqual(repl([], 'const s = "bar\\\nbaz"\ns\n'),
                   "Type \".help\" for more information.\n> | undefined\n> 'barbaz'\n> ");
assert.strictEqual(repl([], 'require("repl").repl instanceof require("repl").REPLServer\n'),
                   'Type ".help" for more information.\n> true\n> ');

const refused = spawnSync(process.execPath, ['-i', '--input-type=module'], { encoding: 'utf8' });
assert.strictEqual(refused.stderr, 'Cannot specify --input-type for REPL\n');
assert.strictEqual(refused.status, 9);
