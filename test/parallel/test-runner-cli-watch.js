'use strict';
// `--test --watch` runs the test files, then, when a file one of them loaded changes,
// runs again only the test files that loaded it; the process keeps watching.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
const { watch } = require('../common/watch');

tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('dep.js'), 'module.exports = 1;');
fs.writeFileSync(tmpdir.resolve('a.test.js'),
                 "const test = require('node:test'); const dep = require('./dep.js');\n" +
                 "test('a sees ' + dep, () => {});");
fs.writeFileSync(tmpdir.resolve('b.test.js'), "require('node:test')('b', () => {});");

const runs = [[]];
watch(['--watch', '--test', '--test-reporter=tap'], (line) => {
  runs.at(-1).push(line);
  if (!line.startsWith('# duration_ms')) return false;
  if (runs.length === 1) fs.writeFileSync(tmpdir.resolve('dep.js'), 'module.exports = 2;');
  if (runs.length === 2) return true;
  runs.push([]);
  return false;
}, { cwd: tmpdir.path }).then(common.mustCall(() => {
  const [first, second] = runs.map((lines) => lines.join('\n'));
  assert.match(first, /^ok \d+ - a sees 1$/m);
  assert.match(first, /^ok \d+ - b$/m);
  assert.match(first, /^# tests 2$/m);
  assert.match(second, /^ok 1 - a sees 2$/m);
  assert.doesNotMatch(second, /- b$/m);
  assert.match(second, /^# tests 1$/m);
}));
