'use strict';
// util.diff(actual, expected): Myers' shortest edit script between two strings (by
// character) or arrays (by element, compared with ===), as [op, value] pairs: 0 kept,
// 1 only in actual, -1 only in expected. The algorithm is assert's (myers_diff.js).

const { validateString } = require('internal/validators');
const { myersDiff } = require('internal/assert/myers_diff');

const kOps = { __proto__: null, nop: 0, insert: 1, delete: -1 };

// A string, or an array of strings.
function validateInput(value, name) {
  if (!Array.isArray(value)) {
    validateString(value, name);
    return;
  }
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function diff(actual, expected) {
  validateInput(actual, 'actual');
  validateInput(expected, 'expected');
  if (actual === expected) return [];
  return myersDiff(actual, expected).map(([op, value]) => [kOps[op], value]);
}

module.exports = { diff };
