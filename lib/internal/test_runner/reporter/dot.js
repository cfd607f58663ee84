'use strict';
// The dot reporter: "." per passing test, "X" per failing one, then the failures.

const { failureLine, formatError } = require('internal/test_runner/reporter/spec');

function createDot() {
  let count = 0;
  const failures = [];
  const columns = () => process.stdout.columns || 20;
  return function format(type, data) {
    if (type === 'test:pass' || type === 'test:fail') {
      if (type === 'test:fail') failures.push(data);
      let out = type === 'test:pass' ? '.' : 'X';
      if (++count % columns() === 0) out += '\n';
      return out;
    }
    if (type === 'test:summary' && data.file === undefined) {
      let out = '\n';
      if (failures.length) {
        out += '\nFailed tests:\n\n';
        for (const f of failures) out += `${failureLine('test:fail', f)}\n${formatError(f.details.error, '  ')}\n`;
      }
      return out;
    }
    return '';
  };
}

module.exports = { createDot };
