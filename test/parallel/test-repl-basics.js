'use strict';
// node:repl over streams: results printed with inspect, `_` and `_error`, inputs
// that lack their end wait under the '| ' prompt, errors reported as "Uncaught",
// object literals, top-level await, commands (.help, .break, .exit, defineCommand),
// completion, and `-i` on the command line.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');
const { spawnSync } = require('child_process');

function session(lines, options, check, setup = () => {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.setEncoding('utf8');
  output.on('data', (chunk) => { text += chunk; });
  const server = repl.start({ input, output, terminal: false, prompt: '> ', ...options });
  server.on('exit', common.mustCall(() => check(text, server)));
  setup(server);
  input.end(lines.map((l) => `${l}\n`).join(''));
  return server;
}

assert.strictEqual(typeof repl.REPL_MODE_SLOPPY, 'symbol');
assert.strictEqual(typeof repl.REPL_MODE_STRICT, 'symbol');
assert.strictEqual(repl.isValidSyntax('1 +'), false);
assert.strictEqual(repl.isValidSyntax('1 + 1'), true);
assert.ok(new repl.Recoverable(new SyntaxError('x')) instanceof SyntaxError);
assert.throws(() => repl.start({ eval() {}, breakEvalOnSigint: true, input: new PassThrough(),
                                 output: new PassThrough() }),
              { code: 'ERR_INVALID_REPL_EVAL_CONFIG', name: 'TypeError' });

session([
  '1 + 1',
  '_ * 10',
  'let o = { x: [1, 2] }',
  'o',
  'function f() {',
  'return 5 }',
  'f()',
  'throw new Error("boom")',
  '_error.message',
  'throw 5',
  '{ a: 1 }',
  'await Promise.resolve(42)',
  '`a',
  'b`',
  '.break',
  '.nope',
], {}, (text) => {
  assert.strictEqual(text, [
    '> 2',
    '> 20',
    '> undefined',
    '> { x: [ 1, 2 ] }',
    '> | undefined',
    '> 5',
    '> Uncaught Error: boom',
    "> 'boom'",
    '> Uncaught 5',
    '> { a: 1 }',
    '> 42',
    "> | 'a\\nb'",
    '> > Invalid REPL keyword',
    '> ',
  ].join('\n'));
});

// A custom eval and writer, ignoreUndefined, defineCommand and .help.
session([
  'anything',
  '.hello world',
  '.help',
], {
  eval: (code, context, file, cb) => cb(null, code === 'anything\n' ? undefined : code),
  ignoreUndefined: true,
  writer: (value) => `<${value}>`,
}, (text, server) => {
  assert.ok(text.startsWith('> > hi world\n> .break'), text);
  assert.match(text, /\.hello +Says hi\n/);
  assert.match(text, /\.exit +Exit the REPL\n/);
  assert.ok(typeof server.commands.save.action === 'function');
}, (server) => server.defineCommand('hello', {
  help: 'Says hi',
  action(name) {
    this.output.write(`hi ${name}\n`);
    this.displayPrompt();
  },
}));

// Completion of globals and of properties.
{
  const server = repl.start({ input: new PassThrough(), output: new PassThrough(), terminal: false });
  server.completer('Math.ma', common.mustSucceed(([names, word]) => {
    assert.ok(names.includes('Math.max'));
    assert.strictEqual(word, 'Math.ma');
    server.close();
  }));
}

// An error the input throws later, from a timer, is reported and the REPL goes on.
session([
  'setTimeout(() => { throw new Error("later"); }, 1); 1',
], {}, common.mustCall((text, server) => {
  assert.strictEqual(text, '> 1\n> ');
}), (server) => {
  server._domain.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'later')));
});

// -i: the REPL on stdin that is not a terminal.
{
  const child = spawnSync(process.execPath, ['-i'], { input: '6 * 7\n.exit\n', encoding: 'utf8' });
  assert.strictEqual(child.status, 0);
  assert.match(child.stdout, /^> 42\n> $/m);
}
