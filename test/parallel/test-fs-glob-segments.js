'use strict';
// fs.glob walks a pattern segment by segment: '.' stays, '..' goes up out of a
// folder, '**' includes the folder it starts from, a trailing '/' keeps folders,
// braces may hold '/', and `exclude` drops a folder and what is below it. Same for
// globSync, the callback glob and fs/promises glob.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.resolve('tree');
for (const file of ['a/b/c/d', 'a/b/e', 'a/x/y', 'a/.hidden/z', 'top']) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), '');
}

const cases = [
  ['a/*/./c', ['a/b/c']],
  ['a/*/c/..', ['a/b', 'a/x']],
  ['a/b/e/..', ['a/b']],
  ['a/*/*/..', ['a/b', 'a/x']],
  ['a/**/..', ['.', 'a', 'a/b']],
  ['a/b/**', ['a/b', 'a/b/c', 'a/b/c/d', 'a/b/e']],
  ['a/**/', ['a', 'a/b', 'a/b/c', 'a/x']],
  ['a/{b/c,x}/*', ['a/b/c/d', 'a/x/y']],
  ['**/y', ['a/x/y']],
  ['./top', ['top']],
  ['a/.hidden/*', ['a/.hidden/z']],
];
const excludeCases = [
  ['a/**', ['a/b/**'], ['a', 'a/x', 'a/x/y']],
  ['a/**', ['a/**'], []],
  ['a/*/*', (p) => p === 'a/b', ['a/x/y']],
];

const sorted = (list) => list.map((p) => p.replaceAll(path.sep, '/')).sort();

(async () => {
  for (const [pattern, expected] of cases) {
    assert.deepStrictEqual(sorted(fs.globSync(pattern, { cwd: root })), expected, pattern);
    const viaCallback = await new Promise((resolve, reject) => {
      fs.glob(pattern, { cwd: root }, (err, r) => (err ? reject(err) : resolve(r)));
    });
    assert.deepStrictEqual(sorted(viaCallback), expected, pattern);
    const viaPromises = [];
    for await (const p of fs.promises.glob(pattern, { cwd: root })) viaPromises.push(p);
    assert.deepStrictEqual(sorted(viaPromises), expected, pattern);
    const dirents = fs.globSync(pattern, { cwd: root, withFileTypes: true });
    assert.deepStrictEqual(sorted(dirents.map((d) => path.relative(root, path.join(d.parentPath, d.name)) || '.')), expected);
  }
  for (const [pattern, exclude, expected] of excludeCases) {
    assert.deepStrictEqual(sorted(fs.globSync(pattern, { cwd: root, exclude })), expected, pattern);
  }
  // An absolute pattern in braces next to a relative one.
  assert.deepStrictEqual(sorted(fs.globSync(`{${root}/a/x/*,top}`, { cwd: root })),
                         sorted([path.join(root, 'a/x/y'), 'top']));
})().then(common.mustCall());
