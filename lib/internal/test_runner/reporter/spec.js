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

function suffix(data) {
  const duration = data.details?.duration_ms ? ` (${data.details.duration_ms}ms)` : '';
  let directive = '';
  if (data.skip !== undefined) directive = ` # ${data.skip === true ? 'SKIP' : data.skip}`;
  else if (data.todo !== undefined) directive = ` # ${data.todo === true ? 'TODO' : data.todo}`;
  return `${duration}${directive}`;
}

function formatError(error, pad) {
  const cause = error?.cause !== undefined ? error.cause : error;
  return inspect(cause).split('\n').map((l) => `${pad}${l}`).join('\n');
}

function location(data) {
  if (data.file === undefined) return '';
  const file = path.relative(process.cwd(), data.file) || data.file;
  return `test at ${file}:${data.line}:${data.column}\n`;
}

function createSpec() {
  const stack = []; // started tests by nesting: { name, printed }
  const failures = [];
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
        const line = `${symbolOf(type, data)} ${data.name}${suffix(data)}`;
        if (type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') failures.push({ data, line });
        return `${out}${indent(data.nesting)}${line}\n`;
      }
      case 'test:diagnostic':
        return `${indent(data.nesting)}ℹ ${data.message}\n`;
      case 'test:stdout':
      case 'test:stderr':
        return data.message;
      case 'test:summary': {
        if (!failures.length || data.file !== undefined) return '';
        const entries = failures.map(({ data: d, line }) =>
          `${location(d)}${line}\n${formatError(d.details.error, '  ')}\n`);
        failures.length = 0;
        return `\n✖ failing tests:\n\n${entries.join('\n')}`;
      }
      default:
        return '';
    }
  };
}

function failureLine(type, data) { return `${symbolOf(type, data)} ${data.name}${suffix(data)}`; }

module.exports = { createSpec, failureLine, formatError };
