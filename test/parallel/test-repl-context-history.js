'use strict';
// A REPL's own context: its own language built-ins, a console writing to the
// REPL's output, the built-in modules as globals, `_` kept as an accessor;
// createContext() leaves the server alone; setupHistory() loads and writes a
// history file (newest first) and does nothing without a terminal.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const repl = require('repl');
const vm = require('vm');
const { PassThrough } = require('stream');
const tmpdir = require('../common/tmpdir');

function start(options) {
  const output = new PassThrough();
  output.text = '';
  output.write = (data) => { output.text += data; return true; };
  const server = repl.start({ input: new PassThrough(), output, prompt: '', terminal: false, ...options });
  return { server, output };
}

{
  const { server, output } = start();
  assert.notStrictEqual(server.context.Object, Object);
  assert.notStrictEqual(server.context.console, console);
  server.write('({} instanceof Object)\n');
  server.write('console.log("to the repl")\n');
  server.write('typeof fs.readFileSync\n');
  assert.strictEqual(output.text, "true\nto the repl\nundefined\n'function'\n");
  output.text = '';
  server.write('_ = 500;\n');
  assert.strictEqual(output.text, 'Expression assignment to _ now disabled.\n500\n');
  assert.strictEqual(server.last, 500);
  assert.deepStrictEqual([...server.lines], ['({} instanceof Object)', 'console.log("to the repl")',
                                        'typeof fs.readFileSync', '_ = 500;']);
  const context = server.createContext();
  assert.strictEqual(context.global, context);
  vm.runInContext('_ = 1000;', context);
  assert.strictEqual(server.last, 500);
  server.resetContext();
  assert.strictEqual(server.underscoreAssigned, false);
  assert.strictEqual(server.lines.length, 0);
  server.close();
}

// No terminal: no history, the callback still runs.
{
  const { server } = start();
  server.setupHistory('/nonexistent/file', common.mustSucceed((s) => {
    assert.strictEqual(s, server);
    server.close();
  }));
}

tmpdir.refresh();
{
  const file = path.join(tmpdir.path, 'history');
  fs.writeFileSync(file, 'older\nold');
  const input = new PassThrough();
  const { server } = start({ input, terminal: true, historySize: 3 });
  server.setupHistory({ filePath: file }, common.mustSucceed(() => {
    assert.deepStrictEqual(server.history, ['older', 'old']);
    input.write('1 + 1\n');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '1 + 1\nolder\nold');
    input.write('2 + 2\n');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '2 + 2\n1 + 1\nolder');
    server.close();
  }));
}
