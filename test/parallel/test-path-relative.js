'use strict';
// path.relative: common prefixes, roots, drives and case on Windows.
// Each row: [flavour, function, arguments, node 24's answer].
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ["posix", "relative", ["/var/lib","/var"], ".."],
  ["posix", "relative", ["/var/lib","/bin"], "../../bin"],
  ["posix", "relative", ["/var/lib","/var/lib"], ""],
  ["posix", "relative", ["/var/lib","/var/apache"], "../apache"],
  ["posix", "relative", ["/var/","/var/lib"], "lib"],
  ["posix", "relative", ["/","/var/lib"], "var/lib"],
  ["posix", "relative", ["/foo/test","/foo/test/bar/package.json"], "bar/package.json"],
  ["posix", "relative", ["/Users/a/web/b/test/mails","/Users/a/web/b"], "../.."],
  ["posix", "relative", ["/foo/bar/baz-quux","/foo/bar/baz"], "../baz"],
  ["posix", "relative", ["/foo/bar/baz","/foo/bar/baz-quux"], "../baz-quux"],
  ["posix", "relative", ["/baz-quux","/baz"], "../baz"],
  ["posix", "relative", ["/baz","/baz-quux"], "../baz-quux"],
  ["posix", "relative", ["/page1/page2/foo","/"], "../../.."],
  ["posix", "relative", ["/a/b","/a/b/"], ""],
  ["posix", "relative", ["/a//b","/a/b/c"], "c"],
  ["win32", "relative", ["c:/blah\\blah","d:/games"], "d:\\games"],
  ["win32", "relative", ["c:/aaaa/bbbb","c:/aaaa"], ".."],
  ["win32", "relative", ["c:/aaaa/bbbb","c:/cccc"], "..\\..\\cccc"],
  ["win32", "relative", ["c:/aaaa/bbbb","c:/aaaa/bbbb"], ""],
  ["win32", "relative", ["c:/aaaa/bbbb","C:/aaaa/cccc"], "..\\cccc"],
  ["win32", "relative", ["c:/aaaa/","c:/aaaa/cccc"], "cccc"],
  ["win32", "relative", ["c:/","c:\\aaaa\\bbbb"], "aaaa\\bbbb"],
  ["win32", "relative", ["c:/aaaa/bbbb","d:\\"], "d:\\"],
  ["win32", "relative", ["c:/AaAa/bbbb","c:/aaaa/bbbb"], ""],
  ["win32", "relative", ["c:/aaaaa/","c:/aaaa/cccc"], "..\\aaaa\\cccc"],
  ["win32", "relative", ["C:\\foo\\bar\\baz\\quux","C:\\"], "..\\..\\..\\.."],
  ["win32", "relative", ["C:\\foo\\test","C:\\foo\\test\\bar\\package.json"], "bar\\package.json"],
  ["win32", "relative", ["C:\\foo\\bar\\baz-quux","C:\\foo\\bar\\baz"], "..\\baz"],
  ["win32", "relative", ["C:\\baz-quux","C:\\baz"], "..\\baz"],
  ["win32", "relative", ["\\\\foo\\bar","\\\\foo\\bar\\baz"], "baz"],
  ["win32", "relative", ["\\\\foo\\bar\\baz","\\\\foo\\bar"], ".."],
  ["win32", "relative", ["\\\\foo\\bar\\baz-quux","\\\\foo\\bar\\baz"], "..\\baz"],
  ["win32", "relative", ["C:\\baz","\\\\foo\\bar\\baz"], "\\\\foo\\bar\\baz"],
  ["win32", "relative", ["\\\\foo\\baz","\\\\foo\\baz-quux"], "..\\baz-quux"],
  ["posix", "relative", ["a",1], {"error":"ERR_INVALID_ARG_TYPE"}],
  ["win32", "relative", [null,"a"], {"error":"ERR_INVALID_ARG_TYPE"}],
];

for (const [flavour, fn, args, expected] of cases) {
  if (expected !== null && typeof expected === 'object' && 'error' in expected) {
    assert.throws(() => path[flavour][fn](...args), { code: expected.error }, `${flavour}.${fn}(${JSON.stringify(args)})`);
    continue;
  }
  assert.deepStrictEqual(path[flavour][fn](...args), expected, `${flavour}.${fn}(${JSON.stringify(args)})`);
}
