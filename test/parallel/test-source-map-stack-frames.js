'use strict';
// --enable-source-maps: a module's sourceMappingURL comment (a data: URL or a map
// file beside it) maps its stack frames and the uncaught error's source line to the
// original source; a comment inside a string does not count. module.findSourceMap
// returns the map.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();

// Generated line 3 `  throw new Error('boom');` comes from original line 5, column 4.
const map = {
  version: 3,
  sources: ['src/orig.ts'],
  sourcesContent: ['// a\n// b\n// c\nfunction f() {\n    throw new Error("boom");\n}\n'],
  names: [],
  // line 1: nothing; line 2: col 0 -> orig line 3 (0-based) col 0;
  // line 3: col 2 -> orig line 4 col 4
  mappings: ';AAGA;EACI',
};
const generated = 'function f() {\n' +
  '  // generated\n' +
  "  throw new Error('boom');\n" +
  '}\n' +
  'f();\n';
const inline = path.join(tmpdir.path, 'inline.js');
const b64 = Buffer.from(JSON.stringify(map)).toString('base64');
fs.writeFileSync(inline, `${generated}//# sourceMappingURL=data:application/json;base64,${b64}\n`);

const original = path.join(tmpdir.path, 'src', 'orig.ts');
for (const file of [inline, path.join(tmpdir.path, 'inline.mjs')]) {
  if (file.endsWith('.mjs')) fs.copyFileSync(inline, file);
  const r = run(['--enable-source-maps', file]);
  assert.strictEqual(r.code, 1);
  assert.ok(r.stderr.startsWith(`${original}:5\n    throw new Error("boom");\n`), r.stderr);
  assert.match(r.stderr, new RegExp(`\n    at f \\(${original.replace(/[.\\/]/g, '\\$&')}:5:5\\)\n`));
  // Without the flag: the generated file.
  const plain = run([file]);
  assert.ok(!plain.stderr.includes('orig.ts'), plain.stderr);
}

// A map file next to the module, read relative to it; findSourceMap finds it.
const external = path.join(tmpdir.path, 'external.js');
fs.writeFileSync(external, 'module.exports = () => new Error("x");\n//# sourceMappingURL=external.js.map\n');
fs.writeFileSync(`${external}.map`, JSON.stringify({
  version: 3, sources: ['external.ts'], names: ['make'], mappings: 'AAAA,uBAAUA',
}));
const r = run(['--enable-source-maps', '-e', `
  const { findSourceMap } = require('module');
  const make = require(${JSON.stringify(external)});
  const sm = findSourceMap(${JSON.stringify(external)});
  console.log(JSON.stringify(sm.findEntry(0, 30)));
  console.log(make().stack.split('\\n')[1]);
`]);
assert.strictEqual(r.code, 0, r.stderr);
const [entry, frame] = r.stdout.trim().split('\n');
const externalTs = require('url').pathToFileURL(path.join(tmpdir.path, 'external.ts')).href;
assert.deepStrictEqual(JSON.parse(entry), {
  generatedLine: 0, generatedColumn: 23, originalSource: externalTs,
  originalLine: 0, originalColumn: 10, name: 'make',
});
assert.match(frame, /external\.ts:1:11\)?$/);

// A comment inside a template literal is not a source map comment.
const inString = path.join(tmpdir.path, 'in-string.js');
fs.writeFileSync(inString, `const s = \`\n//# sourceMappingURL=data:application/json;base64,${b64}\n\`;\n` +
  "throw new Error('here');\n");
const s = run(['--enable-source-maps', inString]);
assert.strictEqual(s.code, 1);
assert.ok(s.stderr.startsWith(`${inString}:4\n`), s.stderr);
