'use strict';
// The REPL shows an error through the program's Error.prepareStackTrace, given
// the frames of the functions the input called (not the REPL's own); an unknown
// name's ReferenceError says "x is not defined".
require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const output = new PassThrough();
let shown = '';
output.on('data', (chunk) => { shown += chunk; });
const server = repl.start({ input: new PassThrough(), output, prompt: '', terminal: false, useColors: false });

const original = Error.prepareStackTrace;
Error.prepareStackTrace = (err, frames) => [String(err), ...frames.map((f) => `${f.getFunctionName()}@${f.getLineNumber()}`)].join(' | ');

server.write('function inner() { throw new Error("boom"); }\n');
server.write('function outer() { inner(); }\n');
server.write('outer()\n');
assert.strictEqual(shown, 'undefined\nundefined\nUncaught Error: boom | inner@1 | outer@1\n');

shown = '';
server.write('missingName\n');
assert.strictEqual(shown, 'Uncaught ReferenceError: missingName is not defined\n');
server.write('_error.message\n');
assert.strictEqual(shown, "Uncaught ReferenceError: missingName is not defined\n'missingName is not defined'\n");

Error.prepareStackTrace = original;
shown = '';
server.write('outer()\n');
assert.match(shown, /^Uncaught Error: boom\n {4}at inner \(REPL1:1:\d+\)\n {4}at outer \(REPL2:1:\d+\)\n$/);
server.close();
