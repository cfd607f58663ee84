'use strict';
// The TAP version 13 reporter, as node prints it: one line per event, YAML
// blocks with each test's duration, type and failure details. A result is two
// chunks, its line and its block.

const { inspect } = require('internal/util/inspect');

const kFrame = /^\s*at /;

function tapEscape(s) {
  return String(s).replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n');
}

function directive(data) {
  if (data.skip !== undefined) return data.skip === true ? ' # SKIP' : ` # SKIP ${tapEscape(data.skip)}`;
  if (data.todo !== undefined) return data.todo === true ? ' # TODO' : ` # TODO ${tapEscape(data.todo)}`;
  return '';
}

// A YAML value: scalars inspected, objects as nested mappings.
function yamlValue(key, value, pad) {
  if (value !== null && typeof value === 'object' && !(value instanceof Error) && !(value instanceof Date)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return `${pad}${key}: ${Array.isArray(value) ? '[]' : '{}'}\n`;
    let out = `${pad}${key}:\n`;
    for (const k of keys) out += yamlValue(k, value[k], `${pad}  `);
    return out;
  }
  return `${pad}${key}: ${yamlScalar(value)}\n`;
}

function yamlScalar(value) {
  return typeof value === 'string' ? inspect(value) : inspect(value, { breakLength: Infinity });
}

function block(key, text, pad, always) {
  if (!always && !String(text).includes('\n')) return `${pad}${key}: ${inspect(String(text))}\n`;
  return `${pad}${key}: |-\n${String(text).split('\n').map((l) => `${pad}  ${l}`).join('\n')}\n`;
}

function details(data, pad) {
  const d = data.details;
  let out = `${pad}---\n${pad}duration_ms: ${d.duration_ms}\n`;
  if (d.type) out += `${pad}type: '${d.type}'\n`;
  const err = d.error;
  if (err) {
    if (data.file !== undefined) out += `${pad}location: '${data.file}:${data.line}:${data.column}'\n`;
    out += `${pad}failureType: '${err.failureType}'\n`;
    if (err.exitCode !== undefined) out += `${pad}exitCode: ${err.exitCode ?? '~'}\n${pad}signal: ${err.signal ?? '~'}\n`;
    const cause = err.cause;
    const isError = cause !== null && typeof cause === 'object' && typeof cause.message === 'string';
    out += block('error', isError ? cause.message : err.message, pad);
    const code = (isError && cause.code) || 'ERR_TEST_FAILURE';
    out += `${pad}code: ${typeof code === 'string' ? `'${code}'` : code}\n`;
    if (isError && cause.name && cause.name !== 'Error') out += `${pad}name: '${cause.name}'\n`;
    if (isError && 'expected' in cause) out += yamlValue('expected', cause.expected, pad);
    if (isError && 'actual' in cause) out += yamlValue('actual', cause.actual, pad);
    if (isError && 'operator' in cause) out += yamlValue('operator', cause.operator, pad);
    // A non-error cause has the wrapper's stack, of which only the test's own frames tell anything.
    const source = isError ? cause : err;
    let stack = typeof source.stack === 'string'
      ? source.stack.split('\n').filter((l) => kFrame.test(l)).map((l) => l.replace(kFrame, '')) : [];
    if (!isError) stack = stack.filter((l) => !/^(node:|.*\(node:|.*\(native\)|Promise)/.test(l));
    if (stack.length) out += block('stack', stack.join('\n'), pad, true);
  }
  return `${out}${pad}...\n`;
}

function createTap() {
  let started = false;
  return function format(type, data) {
    let out = '';
    if (!started) { started = true; out = 'TAP version 13\n'; }
    if (type === 'reporter:start') return out;
    const pad = '    '.repeat(Math.max(0, data?.nesting ?? 0));
    switch (type) {
      case 'test:start':
        return `${out}${pad}# Subtest: ${tapEscape(data.name)}\n`;
      case 'test:pass':
      case 'test:fail':
        return [`${out}${pad}${type === 'test:pass' ? 'ok' : 'not ok'} ${data.testNumber} - ` +
          `${tapEscape(data.name)}${directive(data)}\n`, details(data, `${pad}  `)];
      case 'test:plan':
        return `${out}${pad}1..${data.count}\n`;
      case 'test:diagnostic':
        return `${out}${pad}# ${tapEscape(data.message)}\n`;
      case 'test:stdout':
      case 'test:stderr':
        return `${out}${data.message.split('\n').filter(Boolean).map((l) => `# ${l}\n`).join('')}`;
      default:
        return out;
    }
  };
}

module.exports = { createTap };
