'use strict';
// path.normalize for POSIX and Windows, including device names and UNC roots.
// Each row: [flavour, function, arguments, node 24's answer].
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ["posix", "normalize", [""], "."],
  ["posix", "normalize", ["."], "."],
  ["posix", "normalize", [".."], ".."],
  ["posix", "normalize", ["./"], "./"],
  ["posix", "normalize", ["../"], "../"],
  ["posix", "normalize", ["/"], "/"],
  ["posix", "normalize", ["//"], "/"],
  ["posix", "normalize", ["///a//b/"], "/a/b/"],
  ["posix", "normalize", ["a/b/../c"], "a/c"],
  ["posix", "normalize", ["a/../.."], ".."],
  ["posix", "normalize", ["/a/../.."], "/"],
  ["posix", "normalize", ["/../a"], "/a"],
  ["posix", "normalize", ["./a/./b/."], "a/b"],
  ["posix", "normalize", ["a/b/c/../../.."], "."],
  ["posix", "normalize", ["../../a"], "../../a"],
  ["posix", "normalize", ["a/..."], "a/..."],
  ["posix", "normalize", [".../.."], "."],
  ["posix", "normalize", ["a//b//.//c"], "a/b/c"],
  ["posix", "normalize", ["/./"], "/"],
  ["posix", "normalize", ["foo/bar/../"], "foo/"],
  ["posix", "normalize", ["..a/b"], "..a/b"],
  ["posix", "normalize", ["a../.."], "."],
  ["posix", "normalize", ["./../x"], "../x"],
  ["win32", "normalize", [""], "."],
  ["win32", "normalize", ["C:"], "C:."],
  ["win32", "normalize", ["C:\\"], "C:\\"],
  ["win32", "normalize", ["c:/a/../.."], "c:\\"],
  ["win32", "normalize", ["c:a\\..\\.."], "c:.."],
  ["win32", "normalize", ["\\\\server\\share"], "\\\\server\\share\\"],
  ["win32", "normalize", ["\\\\server\\share\\a\\..\\.."], "\\\\server\\share\\"],
  ["win32", "normalize", ["//server/share/x"], "\\\\server\\share\\x"],
  ["win32", "normalize", ["\\\\?\\C:\\a\\..\\b"], "\\\\?\\C:\\b"],
  ["win32", "normalize", ["\\\\.\\pipe\\x\\"], "\\\\.\\pipe\\x\\"],
  ["win32", "normalize", ["\\\\.\\foo"], "\\\\.\\foo"],
  ["win32", "normalize", ["/"], "\\"],
  ["win32", "normalize", ["\\"], "\\"],
  ["win32", "normalize", ["a\\\\b\\.\\c\\.."], "a\\b"],
  ["win32", "normalize", ["..\\...\\..\\.\\...\\..\\..\\bar"], "..\\..\\bar"],
  ["win32", "normalize", ["test/../??/D:/Test"], ".\\??\\D:\\Test"],
  ["win32", "normalize", ["/test/../??/D:/Test"], "\\??\\D:\\Test"],
  ["win32", "normalize", ["//test/../?/D:/Test"], "\\\\test\\..\\?\\D:\\Test"],
  ["win32", "normalize", ["CON:"], ".\\CON:."],
  ["win32", "normalize", ["CON:./foo"], ".\\CON:foo"],
  ["win32", "normalize", ["COM10:"], ".\\COM10:"],
  ["win32", "normalize", ["con"], "con"],
  ["win32", "normalize", ["COM9."], ".\\COM9."],
  ["win32", "normalize", ["CONX"], ".\\CONX"],
  ["win32", "normalize", ["foo:bar"], "foo:bar"],
  ["win32", "normalize", ["a\\..\\C:bar"], ".\\C:bar"],
  ["win32", "normalize", ["x/../con:"], ".\\con:"],
  ["win32", "normalize", ["\\\\?\\COM1:x\\..\\y"], "\\\\?\\COM1:\\y"],
  ["win32", "normalize", ["\\\\.\\COM1:x\\..\\y"], "\\\\?\\COM1:\\y"],
  ["win32", "normalize", ["c:COM1:"], "c:COM1:"],
  ["win32", "normalize", ["AUX:/foo\\bar/baz"], ".\\AUX:foo\\bar\\baz"],
  ["win32", "normalize", ["CON:\\"], ".\\CON:.\\"],
  ["win32", "normalize", ["\\\\server\\share\\COM1:..\\..\\Windows"], "\\\\server\\share\\Windows"],
  ["posix", "normalize", [null], {"error":"ERR_INVALID_ARG_TYPE"}],
  ["win32", "normalize", [1], {"error":"ERR_INVALID_ARG_TYPE"}],
];

for (const [flavour, fn, args, expected] of cases) {
  if (expected !== null && typeof expected === 'object' && 'error' in expected) {
    assert.throws(() => path[flavour][fn](...args), { code: expected.error }, `${flavour}.${fn}(${JSON.stringify(args)})`);
    continue;
  }
  assert.deepStrictEqual(path[flavour][fn](...args), expected, `${flavour}.${fn}(${JSON.stringify(args)})`);
}
