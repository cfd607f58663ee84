'use strict';
// util.diff(actual, expected): Myers' shortest edit script between two strings (by
// character) or arrays (by element, compared with ===), as [op, value] pairs: 0 kept,
// 1 only in actual, -1 only in expected.

const { validateString } = require('internal/validators');

function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]))
        ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the recorded frontiers back from the end to recover the edits.
  const result = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const prevK = (k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]))
      ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      result.push([0, a[x - 1]]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) result.push([-1, b[y - 1]]);
      else result.push([1, a[x - 1]]);
    }
    x = prevX;
    y = prevY;
  }
  return result.reverse();
}

function diff(actual, expected) {
  if (!Array.isArray(actual)) validateString(actual, 'actual');
  if (!Array.isArray(expected)) validateString(expected, 'expected');
  if (actual === expected) return [];
  return myers(actual, expected);
}

module.exports = { diff };
