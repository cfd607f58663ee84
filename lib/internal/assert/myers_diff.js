'use strict';
// The line diff under assert's `+ actual - expected` messages: Myers' O(ND)
// shortest edit script over the inspected lines, then node's rendering of it
// (runs of more than five unchanged lines collapse to `...`).

const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

const kNopLinesToCollapse = 5;

// With `ignoreCommas`, lines that differ only by a trailing comma count as equal:
// the last member of an object or array loses its comma when a member is added.
function linesEqual(a, b, ignoreCommas) {
  if (a === b) return true;
  if (!ignoreCommas) return false;
  return (a.length === b.length + 1 && a.endsWith(',') && a.startsWith(b)) ||
    (b.length === a.length + 1 && b.endsWith(',') && b.startsWith(a));
}

// Edit script from `actual` to `expected` as [op, line] in order, op being
// 'nop', 'insert' (only in actual) or 'delete' (only in expected).
function myersDiff(actual, expected, ignoreCommas = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > 2 ** 31 - 1) throw new ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', max);
  const v = new Int32Array(2 * max + 2);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const i = k + max;
      let x = (k === -d || (k !== d && v[i - 1] < v[i + 1])) ? v[i + 1] : v[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], ignoreCommas)) {
        x++;
        y++;
      }
      v[i] = x;
      if (x >= n && y >= m) return backtrack(trace, actual, expected, ignoreCommas);
    }
  }
  return [];
}

function backtrack(trace, actual, expected, ignoreCommas) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const script = [];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const i = k + max;
    const prevK = (k === -d || (k !== d && v[i - 1] < v[i + 1])) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Of two lines equal but for a comma, show the one that has it.
      script.push(['nop', ignoreCommas && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        script.push(['insert', actual[x - 1]]);
        x--;
      } else {
        script.push(['delete', expected[y - 1]]);
        y--;
      }
    }
  }
  return script.reverse();
}

// Renders an edit script; `skipped` says whether unchanged lines were left out.
function printMyersDiff(script) {
  let out = '';
  let skipped = false;
  let nops = 0;
  for (let i = 0; i < script.length; i++) {
    const [op, line] = script[i];
    if (op !== 'nop' && i > 0 && script[i - 1][0] === 'nop') {
      // Close a run of unchanged lines: keep the line just before the change, and
      // write `...` only when it hides at least two lines.
      if (nops === kNopLinesToCollapse + 1) {
        out += `  ${script[i - 1][1]}\n`;
      } else if (nops === kNopLinesToCollapse + 2) {
        out += `  ${script[i - 2][1]}\n  ${script[i - 1][1]}\n`;
      } else if (nops >= kNopLinesToCollapse + 3) {
        out += `...\n  ${script[i - 1][1]}\n`;
        skipped = true;
      }
      nops = 0;
    }
    if (op === 'insert') {
      out += `+ ${line}\n`;
    } else if (op === 'delete') {
      out += `- ${line}\n`;
    } else {
      if (nops < kNopLinesToCollapse) out += `  ${line}\n`;
      nops++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
