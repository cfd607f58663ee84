'use strict';
// new URL() takes shortcuts for common shapes (special schemes in any case,
// userinfo, IPv6 and IPv4 hosts, dot segments, relative paths, opaque paths);
// each must give the WHATWG parser's result, including where it must not apply.
require('../common');
const assert = require('assert');

const cases = [
  ["http://a.com:0081/", undefined, "http://a.com:81/"],
  ["HTTP://WWW.EXAMPLE.COM:80/./a/../b/%7Efoo", undefined, "http://www.example.com/b/%7Efoo"],
  ["hTTp://a.com:80", undefined, "http://a.com/"],
  ["HTTPS://Example.COM", undefined, "https://example.com/"],
  ["http://user:pass@[::1]:8080/p?q=s", undefined, "http://user:pass@[::1]:8080/p?q=s"],
  ["http://u@h/", undefined, "http://u@h/"],
  ["http://:@h/", undefined, "http://h/"],
  ["http://u:@h/", undefined, "http://u@h/"],
  ["http://@h/", undefined, "http://h/"],
  ["http://u:p:q@h/", undefined, "http://u:p%3Aq@h/"],
  ["http://a@b@h/", undefined, "http://a%40b@h/"],
  ["http://a b@h/", undefined, "http://a%20b@h/"],
  ["http://u~!$&'()*+,=@h/", undefined, "http://u~!$&'()*+,%3D@h/"],
  ["http://[0:0::1]/", undefined, "http://[::1]/"],
  ["http://[::FFFF:1.2.3.4]:80/", undefined, "http://[::ffff:102:304]/"],
  ["http://[::1", undefined, null],
  ["http://XN--abc.com/", undefined, null],
  ["http://Xn--nxasmq6b.com/", undefined, "http://xn--nxasmq6b.com/"],
  ["http://0X7F.1/", undefined, "http://127.0.0.1/"],
  ["ws://127.1:9000/socket", undefined, "ws://127.0.0.1:9000/socket"],
  ["http://a.com/..", undefined, "http://a.com/"],
  ["http://a.com/a/.", undefined, "http://a.com/a/"],
  ["http://a.com/a/..?q#f", undefined, "http://a.com/?q#f"],
  ["http://a.com/../../x", undefined, "http://a.com/x"],
  ["http://a.com/a/.%2E/b", undefined, "http://a.com/b"],
  ["../relative/path?x=1", "https://base.example.org/dir/file", "https://base.example.org/relative/path?x=1"],
  ["a/b", "http://h/c/d", "http://h/c/a/b"],
  ["..", "http://h/c/d", "http://h/"],
  [".", "http://h/c/d", "http://h/c/"],
  ["x/../../..", "http://u:p@h:81/a/b?q", "http://u:p@h:81/"],
  ["a:b", "http://h/c/d", "a:b"],
  ["1a:b", "http://h/c/d", "http://h/c/1a:b"],
  ["x", "file:///c:/d", "file:///c:/x"],
  ["x", "foo://h/a/b", "foo://h/a/x"],
  ["mailto:someone@example.com", undefined, "mailto:someone@example.com"],
  ["data:text/plain,hi?x#y", undefined, "data:text/plain,hi?x#y"],
  ["mailto:a ?x", undefined, "mailto:a%20?x"],
  ["Mailto:X", undefined, "mailto:X"],
  ["foo:/x", undefined, "foo:/x"],
  ["foo:", undefined, "foo:"],
  ["foo:x?y'z", undefined, "foo:x?y'z"],
  ["http:foo", undefined, "http://foo/"],
];

for (const [input, base, href] of cases) {
  if (href === null) {
    assert.throws(() => new URL(input, base), { code: 'ERR_INVALID_URL' }, input);
    assert.strictEqual(URL.canParse(input, base), false);
  } else {
    assert.strictEqual(new URL(input, base).href, href, input);
    assert.strictEqual(new URL(href).href, href, href);
  }
}
