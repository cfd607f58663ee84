'use strict';
// The spec reporter, node's default: one line per test with ✔/✖/﹣, a "▶" header
// above each test that has subtests, diagnostics with ℹ, and a list of the
// failing tests with their errors at the end.

const path = require('path');
const { inspect } = require('internal/util/inspect');

function indent(nesting) { return '  '.repeat(Math.max(0, nesting)); }

function symbolOf(type, data) {
  if (data.skip !== undefined) return '﹣';
  return type === 'test:pass' ? '✔' : '✖';
}

const kColors = { pass: '\x1b[32m', fail: '\x1b[31m', skip: '\x1b[90m', info: '\x1b[34m', reset: '\x1b[39m' };

// With colors (a TTY), node paints the line by result and the duration gray.
function suffix(data, colors) {
  const ms = data.details?.duration_ms;
  const duration = !ms ? '' : colors ? ` ${kColors.skip}(${ms}ms)${kColors.reset}` : ` (${ms}ms)`;
  let directive = '';
  if (data.skip !== undefined) directive = ` # ${data.skip === true ? 'SKIP' : data.skip}`;
  else if (data.todo !== undefined) directive = ` # ${data.todo === true ? 'TODO' : data.todo}`;
  return `${duration}${directive}`;
}

function formatError(error, pad, colors) {
  const cause = error?.cause !== undefined ? error.cause : error;
  return inspect(cause, { colors: !!colors }).split('\n').map((l) => `${pad}${l}`).join('\n');
}

function location(data) {
  if (data.file === undefined) return '';
  const file = path.relative(process.cwd(), data.file) || data.file;
  return `test at ${file}:${data.line}:${data.column}\n`;
}

function createSpec({ colors = false } = {}) {
  const stack = []; // started tests by nesting: { name, printed }
  const failures = [];
  const paint = (kind, text) => (colors ? `${kColors[kind]}${text}${kColors.reset}` : text);
  const lineOf = (type, data) => {
    const kind = data.skip !== undefined ? 'skip' : type === 'test:pass' ? 'pass' : 'fail';
    return paint(kind, `${symbolOf(type, data)} ${data.name}${suffix(data, colors)}`);
  };
  return function format(type, data) {
    switch (type) {
      case 'test:start':
        stack.length = data.nesting;
        stack[data.nesting] = { name: data.name, printed: false };
        return '';
      case 'test:pass':
      case 'test:fail': {
        let out = '';
        for (let n = 0; n < data.nesting; n++) {
          const entry = stack[n];
          if (entry && !entry.printed) {
            entry.printed = true;
            out += `${indent(n)}▶ ${entry.name}\n`;
          }
        }
        stack.length = data.nesting;
        const line = lineOf(type, data);
        if (type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') failures.push({ data, line });
        return `${out}${indent(data.nesting)}${line}\n`;
      }
      case 'test:diagnostic':
        return `${indent(data.nesting)}${paint('info', `ℹ ${data.message}`)}\n`;
      case 'test:stdout':
      case 'test:stderr':
        return data.message;
      case 'test:summary': {
        if (!failures.length || data.file !== undefined) return '';
        const entries = failures.map(({ data: d, line }) =>
          `${location(d)}${line}\n${formatError(d.details.error, '  ', colors)}\n`);
        failures.length = 0;
        return `\n${paint('fail', '✖ failing tests:')}\n\n${entries.join('\n')}`;
      }
      default:
        return '';
    }
  };
}

function failureLine(type, data) { return `${symbolOf(type, data)} ${data.name}${suffix(data)}`; }

module.exports = { createSpec, failureLine, formatError };
