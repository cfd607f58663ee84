'use strict';
// path.join: empty arguments, separators, UNC roots and device names.
// Each row: [flavour, function, arguments, node 24's answer].
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ["posix", "join", [], "."],
  ["posix", "join", [""], "."],
  ["posix", "join", ["",""], "."],
  ["posix", "join", [".","."], "."],
  ["posix", "join", ["/foo","bar","baz/asdf","quux",".."], "/foo/bar/baz/asdf"],
  ["posix", "join", ["foo/","bar"], "foo/bar"],
  ["posix", "join", ["/","..",".."], "/"],
  ["posix", "join", ["a","","b/"], "a/b/"],
  ["posix", "join", ["","/a"], "/a"],
  ["posix", "join", [" ","x"], " /x"],
  ["posix", "join", ["./","..","x"], "../x"],
  ["posix", "join", ["/a/","//b"], "/a/b"],
  ["posix", "join", ["..","a","..",".."], "../.."],
  ["win32", "join", [], "."],
  ["win32", "join", [""], "."],
  ["win32", "join", ["",""], "."],
  ["win32", "join", [".","."], "."],
  ["win32", "join", ["/foo","bar","baz/asdf","quux",".."], "\\foo\\bar\\baz\\asdf"],
  ["win32", "join", ["foo/","bar"], "foo\\bar"],
  ["win32", "join", ["/","..",".."], "\\"],
  ["win32", "join", ["a","","b/"], "a\\b\\"],
  ["win32", "join", ["","/a"], "\\a"],
  ["win32", "join", [" ","x"], " \\x"],
  ["win32", "join", ["./","..","x"], "..\\x"],
  ["win32", "join", ["/a/","//b"], "\\a\\b"],
  ["win32", "join", ["..","a","..",".."], "..\\.."],
  ["win32", "join", ["//server","share"], "\\\\server\\share\\"],
  ["win32", "join", ["\\\\server","share"], "\\\\server\\share\\"],
  ["win32", "join", ["\\\\server\\","share"], "\\\\server\\share\\"],
  ["win32", "join", ["//","server/share"], "\\server\\share"],
  ["win32", "join", ["///server","share"], "\\server\\share"],
  ["win32", "join", ["\\\\","\\server"], "\\server"],
  ["win32", "join", ["c:","file"], "c:\\file"],
  ["win32", "join", ["c:/","//server/share"], "c:\\server\\share"],
  ["win32", "join", ["","//server"], "\\server"],
  ["win32", "join", ["a","CON:"], "a\\CON:"],
  ["win32", "join", ["CON:./foo"], "CON:.\\foo"],
  ["win32", "join", ["\\server\\share","COM1:"], "\\server\\share\\COM1:"],
  ["win32", "join", ["\\fileserver\\public","CON:..\\..\\private"], "\\fileserver\\public\\CON:..\\..\\private"],
  ["win32", "join", ["test/..","??/D:/Test"], ".\\??\\D:\\Test"],
  ["win32", "join", ["\\\\?\\con:a\\","z"], "\\\\?\\con:a\\\\z"],
  ["win32", "join", ["a","COM10:"], ".\\a\\COM10:"],
  ["posix", "join", ["a",1], {"error":"ERR_INVALID_ARG_TYPE"}],
  ["win32", "join", [{}], {"error":"ERR_INVALID_ARG_TYPE"}],
];

for (const [flavour, fn, args, expected] of cases) {
  if (expected !== null && typeof expected === 'object' && 'error' in expected) {
    assert.throws(() => path[flavour][fn](...args), { code: expected.error }, `${flavour}.${fn}(${JSON.stringify(args)})`);
    continue;
  }
  assert.deepStrictEqual(path[flavour][fn](...args), expected, `${flavour}.${fn}(${JSON.stringify(args)})`);
}
