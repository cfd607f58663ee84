'use strict';
// path.resolve with absolute anchors (no dependence on the working directory).
// Each row: [flavour, function, arguments, node 24's answer].
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ["posix", "resolve", ["/var/lib","../","file/"], "/var/file"],
  ["posix", "resolve", ["/var/lib","/../","file/"], "/file"],
  ["posix", "resolve", ["/some/dir",".","/absolute/"], "/absolute"],
  ["posix", "resolve", ["/foo/tmp.3/","../tmp.3/cycles/root.js"], "/foo/tmp.3/cycles/root.js"],
  ["posix", "resolve", ["/","..",".."], "/"],
  ["posix", "resolve", ["/a",""], "/a"],
  ["posix", "resolve", ["/a/b","..","..","..","c"], "/c"],
  ["posix", "resolve", ["/x","y/","z//"], "/x/y/z"],
  ["win32", "resolve", ["c:/blah\\blah","d:/games","c:../a"], "c:\\blah\\a"],
  ["win32", "resolve", ["c:/ignore","d:\\a/b\\c/d","\\e.exe"], "d:\\e.exe"],
  ["win32", "resolve", ["c:/ignore","c:/some/file"], "c:\\some\\file"],
  ["win32", "resolve", ["d:/ignore","d:some/dir//"], "d:\\ignore\\some\\dir"],
  ["win32", "resolve", ["//server/share","..","relative\\"], "\\\\server\\share\\relative"],
  ["win32", "resolve", ["c:/","//"], "c:\\"],
  ["win32", "resolve", ["c:/","//dir"], "c:\\dir"],
  ["win32", "resolve", ["c:/","//server/share"], "\\\\server\\share\\"],
  ["win32", "resolve", ["c:/","//server//share"], "\\\\server\\share\\"],
  ["win32", "resolve", ["c:/","///some//dir"], "c:\\some\\dir"],
  ["win32", "resolve", ["C:\\foo\\tmp.3\\","..\\tmp.3\\cycles\\root.js"], "C:\\foo\\tmp.3\\cycles\\root.js"],
  ["win32", "resolve", ["\\\\.\\PHYSICALDRIVE0"], "\\\\.\\PHYSICALDRIVE0"],
  ["win32", "resolve", ["\\\\?\\PHYSICALDRIVE0"], "\\\\?\\PHYSICALDRIVE0"],
  ["win32", "resolve", ["c:\\w","\\\\?\\COM1:x\\..\\y"], "\\\\?\\y"],
  ["win32", "resolve", ["C:\\a","c:b"], "c:\\a\\b"],
  ["win32", "resolve", ["C:\\a","D:b","C:c"], "C:\\a\\c"],
  ["posix", "resolve", ["/a",null], {"error":"ERR_INVALID_ARG_TYPE"}],
];

for (const [flavour, fn, args, expected] of cases) {
  if (expected !== null && typeof expected === 'object' && 'error' in expected) {
    assert.throws(() => path[flavour][fn](...args), { code: expected.error }, `${flavour}.${fn}(${JSON.stringify(args)})`);
    continue;
  }
  assert.deepStrictEqual(path[flavour][fn](...args), expected, `${flavour}.${fn}(${JSON.stringify(args)})`);
}
