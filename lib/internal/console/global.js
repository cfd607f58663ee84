'use strict';
// The global console — a first version writing synchronously to fds 1 and 2.
// The full Console class (table, group, time, count...) replaces this file.

const { formatWithOptions } = require('internal/util/inspect');

let groupIndent = '';
function write(stream, args) {
  let text = formatWithOptions({}, ...args);
  if (groupIndent) text = groupIndent + text.replace(/\n/g, `\n${groupIndent}`);
  stream.write(`${text}\n`);
}

const console = {
  log(...args) { write(process.stdout, args); },
  info(...args) { write(process.stdout, args); },
  debug(...args) { write(process.stdout, args); },
  warn(...args) { write(process.stderr, args); },
  error(...args) { write(process.stderr, args); },
  dir(obj) { write(process.stdout, [obj]); },
  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions({}, ...args) };
    Error.captureStackTrace(err, console.trace);
    write(process.stderr, [err.stack]);
  },
  assert(value, ...args) {
    if (!value) write(process.stderr, ['Assertion failed' + (args.length ? ':' : ''), ...args]);
  },
  group(...args) {
    if (args.length) write(process.stdout, args);
    groupIndent += '  ';
  },
  groupEnd() { groupIndent = groupIndent.slice(2); },
};

module.exports = console;
