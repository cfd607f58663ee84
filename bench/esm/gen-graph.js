'use strict';
// Writes a graph of N small ES modules to DIR: a binary tree (m0 imports m1 and
// m2, m1 imports m3 and m4, ...), each exporting a function and a few bindings,
// and main.mjs importing m0. With BYTES, each module is padded to about that size
// with exported helper functions that are compiled but never called (the shape of
// a library module). Usage: node gen-graph.js DIR [N] [BYTES]
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const n = Number(process.argv[3] || 2000);
const bytes = Number(process.argv[4] || 0);
fs.mkdirSync(dir, { recursive: true });
for (let i = 0; i < n; i++) {
  const kids = [2 * i + 1, 2 * i + 2].filter((k) => k < n);
  let src = '';
  kids.forEach((k, j) => { src += `import { f as f${j}, count as c${j} } from './m${k}.mjs';\n`; });
  src += `export const name = 'm${i}';\nexport let count = ${i};\n`;
  src += `export function f() {\n  let s = ${i};\n`;
  kids.forEach((k, j) => { src += `  s += f${j}() + c${j};\n`; });
  src += '  return s % 1000003;\n}\n';
  src += `export default class M${i} { value() { return f(); } }\n`;
  for (let h = 0; src.length < bytes; h++) {
    src += `\n// Items of kind ${h}, sorted by their scaled size.\n` +
      `export function helper${h}(items, options = {}) {\n  const out = [];\n` +
      '  for (const item of items) {\n' +
      '    if (item == null || options.skip?.includes(item.id)) continue;\n' +
      `    out.push({ id: item.id, name: \`\${item.name}\`.trim(), size: item.size * ${h + 1} / 2 });\n` +
      '  }\n  return out.sort((a, b) => a.size - b.size || (a.name < b.name ? -1 : 1));\n}\n';
  }
  fs.writeFileSync(path.join(dir, `m${i}.mjs`), src);
}
fs.writeFileSync(path.join(dir, 'main.mjs'), "import { f } from './m0.mjs';\nconsole.log(f());\n");
