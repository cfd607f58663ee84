'use strict';
// The REPL's require() resolves the working directory's own package by name
// (through its "exports") and its "#" imports, as a module in that folder would.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

tmpdir.refresh();
const dir = path.join(tmpdir.path, 'selfpkg');
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
  name: 'selfpkg',
  exports: { '.': './main.js', './extra': './extra.js' },
  imports: { '#inner': './inner.js' },
}));
fs.writeFileSync(path.join(dir, 'main.js'), "module.exports = 'main here';");
fs.writeFileSync(path.join(dir, 'extra.js'), "module.exports = 'extra here';");
fs.writeFileSync(path.join(dir, 'inner.js'), "module.exports = 'inner here';");

const child = spawn(process.execPath, ['--interactive'], { cwd: dir });
let output = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { output += chunk; });
child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  const lines = output.replace(/^> /mg, '').split('\n').slice(2);
  assert.deepStrictEqual(lines, ["'main here'", "'extra here'", "'inner here'", '']);
}));
child.stdin.write('require("selfpkg");\n');
child.stdin.write('require("selfpkg/extra");\n');
child.stdin.write('require("#inner");\n');
child.stdin.write('.exit\n');
