'use strict';
// REPL completion inside require('…', import('…' and fs calls: built-in names
// (bare, then node:), then the files and folders that resolve.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { PassThrough } = require('stream');

tmpdir.refresh();
const root = path.join(tmpdir.path, 'complete');
fs.mkdirSync(path.join(root, 'node_modules', 'zzpkg'), { recursive: true });
fs.writeFileSync(path.join(root, 'node_modules', 'zzpkg', 'package.json'), '{}');
fs.mkdirSync(path.join(root, 'node_modules', 'zzempty'));
fs.writeFileSync(path.join(root, 'node_modules', 'zzfile.js'), '');
fs.mkdirSync(path.join(root, 'zzlib'));
fs.writeFileSync(path.join(root, 'zzlib', 'index.js'), '');
fs.mkdirSync(path.join(root, 'zznoindex'));
fs.writeFileSync(path.join(root, 'zzmain.js'), '');
fs.writeFileSync(path.join(root, 'zzesm.mjs'), '');
fs.writeFileSync(path.join(root, 'zzdata.txt'), '');
process.chdir(root);

// (The REPL's module searches from the working directory it starts in.)
const repl = require('repl');
const server = repl.start({ input: new PassThrough(), output: new PassThrough(), prompt: '',
                            terminal: true, allowBlockingCompletions: true });

const cases = [
  ["require('zz", [['zzempty/', 'zzfile', 'zzpkg', 'zzpkg/'], 'zz']],
  ["require('./zz", [['./zzlib', './zzlib/', './zzmain', './zznoindex/'], './zz']],
  ["import('./zz", [['./zzesm.mjs', './zzlib/', './zzmain.js', './zznoindex/'], './zz']],
  ["require('.", [['../', './'], '.']],
  ["require('node:zl", [['node:zlib'], 'node:zl']],
  ["require('zl", [['zlib'], 'zl']],
  ["import(`zl", [['zlib'], 'zl']],
  ["require('zlib'", [[], undefined]],
  ['fs.readFileSync("./zzd', [['zzdata.txt'], 'zzd']],
  ['fs.promises.readFile("zzl', [['zzlib'], 'zzl']],
];
for (const [line, expected] of cases) {
  server.complete(line, common.mustSucceed((data) => {
    assert.deepStrictEqual(data, expected, line);
  }));
}
server.close();
process.chdir(tmpdir.path);
