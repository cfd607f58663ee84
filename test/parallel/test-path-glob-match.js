'use strict';
// path.matchesGlob: wildcards, classes, globstars, braces and extglobs, and the
// dot-file rule (wildcards do not match a leading '.').
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['foo/bar/baz', 'foo/[bcr]ar/baz', true],
  ['foo/bar/baz', 'foo/[!bcr]ar/baz', false],
  ['foo/bar1/baz', 'foo/bar[0-9]/baz', true],
  ['foo/bar/baz', 'foo/**', true],
  ['foo/bar/baz', '*', false],
  ['foo/.bar', 'foo/*', false],
  ['foo/.bar/x', 'foo/**/x', false],
  ['a/b', 'a/**/b', true],
  ['a/x/y/b', 'a/**/b', true],
  ['a', 'a/**', false],
  ['a/', 'a/**', true],
  ['a/', 'a/*', false],
  ['a/b/', 'a/*', true],
  ['a//b', 'a/b', true],
  ['./a', 'a', false],
  ['a/b3', 'a/b{1..4}', true],
  ['x.ts', '*.{js,ts}', true],
  ['a/xb', 'a/+(x|b)', true],
  ['a/abc', 'a/!(abc)', false],
  ['a.ts', '*.!(js)', true],
  ['a.js', '*.!(js)', false],
  ['a/x', 'a/[[:alpha:]]', true],
  ['a1b', 'a[![:alpha:]]b', true],
  ['!a', '!a', true],
  ['#a', '#a', true],
  ['..', '*', false],
  ['abc', 'a?c', true],
  ['a/c', 'a?c', false],
  ['a]c', 'a[]]c', true],
  ['', '', true],
];
for (const [file, pattern, expected] of cases) {
  assert.strictEqual(path.posix.matchesGlob(file, pattern), expected, `${file} ~ ${pattern}`);
}

// On Windows both separators split, in the path and in the pattern.
assert.strictEqual(path.win32.matchesGlob('foo\\bar\\baz', 'foo/**'), true);
assert.strictEqual(path.win32.matchesGlob('foo\\bar\\baz', 'foo\\[bc-r]ar\\baz'), true);
assert.strictEqual(path.win32.matchesGlob('FOO\\bar', 'foo\\*'), false);
// A backslash in a POSIX pattern is a separator too, never an escape.
assert.strictEqual(path.posix.matchesGlob('a*b', 'a\\*b'), false);

assert.throws(() => path.matchesGlob(123, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => path.matchesGlob('x', 123), { code: 'ERR_INVALID_ARG_TYPE' });
