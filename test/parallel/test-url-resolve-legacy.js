'use strict';
// url.resolve and url.resolveObject.
// Expected values are node 24's answers.
require('../common');
const assert = require('assert');
const url = require('url');
process.on('warning', () => {});
const cases = [
  ["/foo/bar/baz","quux","/foo/bar/quux","/foo/bar/quux"],
  ["/foo/bar/baz","quux/asdf","/foo/bar/quux/asdf","/foo/bar/quux/asdf"],
  ["/foo/bar/baz","../quux/baz","/foo/quux/baz","/foo/quux/baz"],
  ["/foo/bar/baz","/bar","/bar","/bar"],
  ["/foo/bar/baz/","quux","/foo/bar/baz/quux","/foo/bar/baz/quux"],
  ["/foo",".","/","/"],
  ["/foo","..","/","/"],
  ["/foo/","..","/","/"],
  ["foo",".","",""],
  ["http://example.com/b//c//d;p?q#blarg","https:#hash2","https:///#hash2","https:///#hash2"],
  ["http://example.com/b//c//d;p?q#blarg","https:/p/a/t/h?s#hash2","https://p/a/t/h?s#hash2","https://p/a/t/h?s#hash2"],
  ["http://example.com/b//c//d;p?q#blarg","mailto:local1@domain1","mailto:local1@domain1","mailto:local1@domain1"],
  ["mailto:local1@domain1","local2@domain2","mailto:local2@domain2","mailto:local2@domain2"],
  ["mailto:local1@domain1","../local2@domain2?q","mailto:local2@domain2?q","mailto:local2@domain2?q"],
  ["http://a/b/c/d;p?q","g:h","g:h","g:h"],
  ["http://a/b/c/d;p?q","../../../g","http://a/g","http://a/g"],
  ["http://a/b/c/d;p?q","//g","http://g/","http://g/"],
  ["http://a/b/c/d;p?q","?y","http://a/b/c/d;p?y","http://a/b/c/d;p?y"],
  ["http://a/b/c/d;p?q","","http://a/b/c/d;p?q","http://a/b/c/d;p?q"],
  ["http://a/b/c/d;p?q","g/./h/../i","http://a/b/c/g/i","http://a/b/c/g/i"],
  ["http://u:p@a/b","//x/y","http://x/y","http://x/y"],
  ["http://a/","file:x","file:///x","file:///x"],
  ["http://a/","http:","http://a/","http://a/"],
  ["http://a/b","HTTP://A/c","http://a/c","http://a/c"],
  ["http://ex.com/x","javascript:alert(1)","javascript:alert(1)","javascript:alert(1)"],
];

for (const [from, to, expected, expectedObject] of cases) {
  assert.strictEqual(url.resolve(from, to), expected, `${from} + ${to}`);
  assert.strictEqual(url.resolveObject(from, to).href, expectedObject, `${from} + ${to}`);
}
