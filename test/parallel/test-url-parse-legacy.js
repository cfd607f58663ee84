'use strict';
// url.parse: node's legacy parser on assorted inputs (with query parsing too).
// Expected values are node 24's answers.
require('../common');
const assert = require('assert');
const url = require('url');
process.on('warning', () => {});
const cases = [
  ["http://user:pass@host.com:8080/p/a/t/h?query=string#hash",{"protocol":"http:","slashes":true,"auth":"user:pass","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#hash","search":"?query=string","query":"query=string","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string","href":"http://user:pass@host.com:8080/p/a/t/h?query=string#hash"},{"query":"string"},"host.com:8080"],
  ["//some_path",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"//some_path","path":"//some_path","href":"//some_path"},{},"some_path"],
  ["HTTP://www.example.com/",{"protocol":"http:","slashes":true,"auth":null,"host":"www.example.com","port":null,"hostname":"www.example.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://www.example.com/"},{},"www.example.com"],
  ["http://x.com/path?that's#all, folks",{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":"#all,%20folks","search":"?that%27s","query":"that%27s","pathname":"/path","path":"/path?that%27s","href":"http://x.com/path?that%27s#all,%20folks"},{"that's":""},"x.com"],
  ["http://a@b@c/",{"protocol":"http:","slashes":true,"auth":"a@b","host":"c","port":null,"hostname":"c","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://a%40b@c/"},{},"c"],
  ["http://a@b?@c",{"protocol":"http:","slashes":true,"auth":"a","host":"b","port":null,"hostname":"b","hash":null,"search":"?@c","query":"@c","pathname":"/","path":"/?@c","href":"http://a@b/?@c"},{"@c":""},"b"],
  ["mailto:local1@domain1",{"protocol":"mailto:","slashes":null,"auth":"local1","host":"domain1","port":null,"hostname":"domain1","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:local1@domain1"},{},"domain1"],
  ["javascript:alert(1);a='@white-listed.com'",{"protocol":"javascript:","slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"alert(1);a='@white-listed.com'","path":"alert(1);a='@white-listed.com'","href":"javascript:alert(1);a='@white-listed.com'"},{},null],
  ["file:///etc/passwd",{"protocol":"file:","slashes":true,"auth":null,"host":"","port":null,"hostname":"","hash":null,"search":null,"query":null,"pathname":"/etc/passwd","path":"/etc/passwd","href":"file:///etc/passwd"},{},""],
  ["file://localhost/etc/node/",{"protocol":"file:","slashes":true,"auth":null,"host":"localhost","port":null,"hostname":"localhost","hash":null,"search":null,"query":null,"pathname":"/etc/node/","path":"/etc/node/","href":"file://localhost/etc/node/"},{},"localhost"],
  ["http://[fe80::1]:80/x",{"protocol":"http:","slashes":true,"auth":null,"host":"[fe80::1]:80","port":"80","hostname":"fe80::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[fe80::1]:80/x"},{},"[fe80::1]:80"],
  ["http://ex.com:80a/",{"protocol":"http:","slashes":true,"auth":null,"host":"ex.com","port":null,"hostname":"ex.com","hash":null,"search":null,"query":null,"pathname":"/:80a/","path":"/:80a/","href":"http://ex.com/:80a/"},{},"ex.com"],
  ["http://www.日本語.com/",{"protocol":"http:","slashes":true,"auth":null,"host":"www.xn--wgv71a119e.com","port":null,"hostname":"www.xn--wgv71a119e.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://www.xn--wgv71a119e.com/"},{},"www.xn--wgv71a119e.com"],
  ["http://a.b/x y<z>?a b#c d",{"protocol":"http:","slashes":true,"auth":null,"host":"a.b","port":null,"hostname":"a.b","hash":"#c%20d","search":"?a%20b","query":"a%20b","pathname":"/x%20y%3Cz%3E","path":"/x%20y%3Cz%3E?a%20b","href":"http://a.b/x%20y%3Cz%3E?a%20b#c%20d"},{"a b":""},"a.b"],
  [" \t http://x/a\\b\\c?d\\e#f\\g  ",{"protocol":"http:","slashes":true,"auth":null,"host":"x","port":null,"hostname":"x","hash":"#f%5Cg","search":"?d%5Ce","query":"d%5Ce","pathname":"/a/b/c","path":"/a/b/c?d%5Ce","href":"http://x/a/b/c?d%5Ce#f%5Cg"},{"d\\e":""},"x"],
  ["http:\\\\evil.com\\foo",{"protocol":"http:","slashes":true,"auth":null,"host":"evil.com","port":null,"hostname":"evil.com","hash":null,"search":null,"query":null,"pathname":"/foo","path":"/foo","href":"http://evil.com/foo"},{},"evil.com"],
  ["/foo/bar?baz=quux#frag",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#frag","search":"?baz=quux","query":"baz=quux","pathname":"/foo/bar","path":"/foo/bar?baz=quux","href":"/foo/bar?baz=quux#frag"},{"baz":"quux"},null],
  ["x:y",{"protocol":"x:","slashes":null,"auth":null,"host":"y","port":null,"hostname":"y","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"x:y"},{},"y"],
  ["http://x:/",{"protocol":"http:","slashes":true,"auth":null,"host":"x","port":null,"hostname":"x","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://x/"},{},"x"],
  ["HtTp://X.com:08/",{"protocol":"http:","slashes":true,"auth":null,"host":"x.com:08","port":"08","hostname":"x.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://x.com:08/"},{},"x.com:08"],
  ["http://a.com/%7Bpath%7D?a=%20",{"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":"?a=%20","query":"a=%20","pathname":"/%7Bpath%7D","path":"/%7Bpath%7D?a=%20","href":"http://a.com/%7Bpath%7D?a=%20"},{"a":" "},"a.com"],
  ["svn+ssh://foo/bar",{"protocol":"svn+ssh:","slashes":true,"auth":null,"host":"foo","port":null,"hostname":"foo","hash":null,"search":null,"query":null,"pathname":"/bar","path":"/bar","href":"svn+ssh://foo/bar"},{},"foo"],
  ["dash-test://foo/bar",{"protocol":"dash-test:","slashes":true,"auth":null,"host":"foo","port":null,"hostname":"foo","hash":null,"search":null,"query":null,"pathname":"/bar","path":"/bar","href":"dash-test://foo/bar"},{},"foo"],
  ["xmpp:isaacschlueter@jabber.org",{"protocol":"xmpp:","slashes":null,"auth":"isaacschlueter","host":"jabber.org","port":null,"hostname":"jabber.org","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"xmpp:isaacschlueter@jabber.org"},{},"jabber.org"],
  ["http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar",{"protocol":"http:","slashes":true,"auth":"atpass:foo@bar","host":"127.0.0.1:8080","port":"8080","hostname":"127.0.0.1","hash":"#bar","search":"?search=foo","query":"search=foo","pathname":"/path","path":"/path?search=foo","href":"http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar"},{"search":"foo"},"127.0.0.1:8080"],
  ["http://x.y.com+a/b/c",{"protocol":"http:","slashes":true,"auth":null,"host":"x.y.com+a","port":null,"hostname":"x.y.com+a","hash":null,"search":null,"query":null,"pathname":"/b/c","path":"/b/c","href":"http://x.y.com+a/b/c"},{},"x.y.com+a"],
  ["http://ليهمابتكلموشعربي؟.ي؟/",{"protocol":"http:","slashes":true,"auth":null,"host":"xn--egbpdaj6bu4bxfgehfvwxn.xn--egb9f","port":null,"hostname":"xn--egbpdaj6bu4bxfgehfvwxn.xn--egb9f","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://xn--egbpdaj6bu4bxfgehfvwxn.xn--egb9f/"},{},"xn--egbpdaj6bu4bxfgehfvwxn.xn--egb9f"],
  ["?x",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?x","query":"x","pathname":null,"path":"?x","href":"?x"},{"x":""},null],
  ["#y",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#y","search":null,"query":null,"pathname":null,"path":null,"href":"#y"},{},null],
  ["",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":""},{},null],
  ["http://user@[::1]:8/",{"protocol":"http:","slashes":true,"auth":"user","host":"[::1]:8","port":"8","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://user@[::1]:8/"},{},"[::1]:8"],
  ["http://a\r\" \t\n<'b:b@c\r\nd/e?f",{"protocol":"http:","slashes":true,"auth":"a\" <'b:b","host":"cd","port":null,"hostname":"cd","hash":null,"search":"?f","query":"f","pathname":"/e","path":"/e?f","href":"http://a%22%20%3C'b:b@cd/e?f"},{"f":""},"cd"],
];

for (const [input, expected, query, slashHost] of cases) {
  const parsed = url.parse(input);
  assert(parsed instanceof url.Url);
  assert.deepStrictEqual(JSON.parse(JSON.stringify({ ...parsed })), expected, input);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(url.parse(input, true).query)), query, input);
  assert.strictEqual(url.parse(input, false, true).host, slashHost, input);
}
