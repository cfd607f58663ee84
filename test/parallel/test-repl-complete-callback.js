'use strict';
// repl.complete(line, callback) answers through the callback: names of let/const
// bindings of earlier inputs, a custom completer (returning or calling back),
// nothing (but the expression) after a call or an index, and in editor mode only
// the common start of the completions.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

function start(options) {
  return repl.start({ input: new PassThrough(), output: new PassThrough(), prompt: '',
                      terminal: true, ...options });
}

{
  const server = start();
  server.write('const inner = { one: 1, only: 2 };\n');
  server.complete('inner.o', common.mustSucceed((data) => {
    assert.deepStrictEqual(data, [['inner.one', 'inner.only'], 'inner.o']);
  }));
  server.write('const foo = { get name() { throw new Error(); } };\n');
  server.complete('foo["name"].', common.mustSucceed((data) => {
    assert.deepStrictEqual(data, [[], 'foo["name"].']);
  }));
  server.complete('undef.', common.mustSucceed((data) => {
    assert.deepStrictEqual(data, [[], 'undef.']);
  }));
  server.complete('Uint8C', common.mustSucceed((data) => {
    assert.deepStrictEqual(data, [['Uint8ClampedArray'], 'Uint8C']);
  }));
  server.write('.editor\n');
  server.complete('Uin', common.mustSucceed((data) => {
    assert.deepStrictEqual(data, [['Uint'], 'Uin']);
  }));
  server.close();
}

for (const completer of [
  (line) => [['alpha', 'alps'].filter((w) => w.startsWith(line)), line],
  (line, callback) => callback(null, [['alpha', 'alps'].filter((w) => w.startsWith(line)), line]),
]) {
  const server = start({ completer });
  server.complete('alp', common.mustSucceed((data) => {
    assert.deepStrictEqual(data, [['alpha', 'alps'], 'alp']);
  }));
  server.close();
}
