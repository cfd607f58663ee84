'use strict';
// util.diff(actual, expected): Myers' shortest edit script between two strings (by
// character) or arrays (by element, compared with ===), as [op, value] pairs: 0 kept,
// 1 only in actual, -1 only in expected. The algorithm is assert's (myers_diff.js).

const { validateString } = require('internal/validators');
const { myersDiff } = require('internal/assert/myers_diff');

const kOps = { __proto__: null, nop: 0, insert: 1, delete: -1 };

function diff(actual, expected) {
  if (!Array.isArray(actual)) validateString(actual, 'actual');
  if (!Array.isArray(expected)) validateString(expected, 'expected');
  if (actual === expected) return [];
  return myersDiff(actual, expected).map(([op, value]) => [kOps[op], value]);
}

module.exports = { diff };
