'use strict';
// fs.globSync over a symlink that loops back up (a/s/a/b/c -> a/s): a '**' never
// crawls into the link, and it may end at the link (the rest of the pattern then
// looks inside) unless that '**' begins the pattern. An exclude pattern's
// 'part/..' cancels out before it is matched.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const cwd = tmpdir.path;
fs.mkdirSync(path.join(cwd, 'a', 's', 'a', 'b'), { recursive: true });
fs.symlinkSync('../..', path.join(cwd, 'a', 's', 'a', 'b', 'c'), 'dir');
fs.writeFileSync(path.join(cwd, 'a', 'c'), '');
fs.writeFileSync(path.join(cwd, 'a', 'g'), '');

const glob = (pattern, options) => fs.globSync(pattern, { cwd, ...options }).sort();

assert.deepStrictEqual(glob('**/a'), ['a', 'a/s/a']);
assert.deepStrictEqual(glob('./**/a'), ['a', 'a/s/a', 'a/s/a/b/c/a']);
assert.deepStrictEqual(glob('a/s/a/**/*'), ['a/s/a/b', 'a/s/a/b/c', 'a/s/a/b/c/a']);
assert.deepStrictEqual(glob('**/a/**'),
                       ['a', 'a/c', 'a/g', 'a/s', 'a/s/a', 'a/s/a/b', 'a/s/a/b/c']);

assert.deepStrictEqual(glob('a/*', { exclude: ['a/[xy]/../c'] }), ['a/g', 'a/s']);
assert.deepStrictEqual(glob('a/*', { exclude: ['a/s/../g'] }), ['a/c', 'a/s']);
