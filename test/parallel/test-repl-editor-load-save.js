'use strict';
// .editor: Ctrl+D evaluates what was typed as one input, Ctrl+C drops it; .load
// types a file in editor mode and evaluates it whole; .save writes the lines
// evaluated (no trailing newline); .load/.save name their missing argument.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const repl = require('repl');
const { PassThrough } = require('stream');
const tmpdir = require('../common/tmpdir');

function start(options) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.text = '';
  output.write = (data) => { output.text += `${data}`.replaceAll('\r', ''); return true; };
  const server = repl.start({ input, output, prompt: '> ', terminal: true, useColors: false, ...options });
  return { server, input, output };
}
const codes = /\u001b\[\d*[GJ]/g;

// Ctrl+D ends editor mode and evaluates the whole input.
{
  const { server, input, output } = start();
  input.emit('data', '.editor\n');
  input.emit('data', 'let i = 1;\ni + 3');
  server.write('', { ctrl: true, name: 'd' });
  assert.strictEqual(output.text.replace(codes, ''),
                     '> .editor\n// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n' +
                     'let i = 1;\ni + 3\n4\n> ');
  assert.strictEqual(server.editorMode, false);
  server.close();
}

// Ctrl+C drops it.
{
  const { server, input, output } = start();
  input.emit('data', '.editor\n');
  input.emit('data', 'let j = 1;');
  server.write('', { ctrl: true, name: 'c' });
  assert.strictEqual(server.editorMode, false);
  assert.strictEqual(output.text.replace(codes, '').endsWith('let j = 1;\n> '), true);
  server.close();
}

// .help lists .editor (in a terminal REPL).
{
  const { server, input, output } = start();
  input.emit('data', '.help\n');
  assert.match(output.text, /\n\.editor {3}Enter editor mode\n/);
  server.close();
}

tmpdir.refresh();
// .save writes the evaluated lines; .load evaluates a file as one input.
{
  const { server, input, output } = start({ terminal: false, prompt: '' });
  const file = path.join(tmpdir.path, 'session.js');
  input.emit('data', 'const f = (function() {\n  return 7;\n})()\n');
  input.emit('data', `.save ${file}\n`);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'const f = (function() {\n  return 7;\n})()');
  const source = path.join(tmpdir.path, 'multi.js');
  fs.writeFileSync(source, 'const g = () =>\n  1 +\n  2;\n');
  output.text = '';
  input.emit('data', `.load ${source}\n`);
  input.emit('data', 'g()\n');
  assert.strictEqual(output.text, 'undefined\n3\n');
  output.text = '';
  input.emit('data', '.load\n');
  input.emit('data', '.save\n');
  input.emit('data', `.load ${tmpdir.path}\n`);
  assert.strictEqual(output.text,
                     'The "file" argument must be specified\n'.repeat(2) +
                     `Failed to load: ${tmpdir.path} is not a valid file\n`);
  server.close();
}
