'use strict';
// The box drawing of console.table: a header row, a divider, one row per entry, every
// cell left-aligned and padded to its column's terminal width.

const { getStringWidth } = require('internal/util/inspect_strings');

function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

// head: column titles; columns: one array of cell strings per column (holes = '').
function table(head, columns) {
  const rows = [];
  const widths = head.map((h) => getStringWidth(h));
  let longest = 0;
  for (const c of columns) if (c.length > longest) longest = c.length;
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const value = rows[j][i] = Object.hasOwn(column, j) ? column[j] : '';
      const w = getStringWidth(value);
      if (w > widths[i]) widths[i] = w;
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  return `${result}└${divider.join('┴')}┘`;
}

module.exports = { table };
