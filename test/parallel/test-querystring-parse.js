'use strict';
// querystring.parse: duplicates, empty pieces, malformed escapes, separators, maxKeys.
// Expected values are node 24's answers.
require('../common');
const assert = require('assert');
const qs = require('querystring');
const cases = [
  ["a=1&b=2",[],"{\"a\":\"1\",\"b\":\"2\"}"],
  ["a=1&a=2&a=3",[],"{\"a\":[\"1\",\"2\",\"3\"]}"],
  ["=",[],"{\"\":\"\"}"],
  ["&&a&&",[],"{\"a\":\"\"}"],
  ["a&b=&=c&=&",[],"{\"a\":\"\",\"b\":\"\",\"\":[\"c\",\"\"]}"],
  ["a=%zz%41+b&c%20d=%E2%82",[],"{\"a\":\"%zzA b\",\"c d\":\"�\"}"],
  ["a==b=c",[],"{\"a\":\"=b=c\"}"],
  [" a = b ",[],"{\" a \":\" b \"}"],
  ["a[]=1&a[]=2",[],"{\"a[]\":[\"1\",\"2\"]}"],
  ["__proto__=1&constructor=2",[],"{\"__proto__\":\"1\",\"constructor\":\"2\"}"],
  ["a%2Bb=c%2bd+e",[],"{\"a+b\":\"c+d e\"}"],
  ["foo=%EF%BF%BD&bar=%F0%9F%98%80",[],"{\"foo\":\"�\",\"bar\":\"😀\"}"],
  ["a=b&",[],"{\"a\":\"b\"}"],
  ["x%%y=1",[],"{\"x%%y\":\"1\"}"],
  ["a::b;;c::d",[";;","::"],"{\"a\":\"b\",\"c\":\"d\"}"],
  ["a=1&b=2&c=3",[null,null,{"maxKeys":2}],"{\"a\":\"1\",\"b\":\"2\"}"],
  ["&&a=1&b=2",[null,null,{"maxKeys":2}],"{}"],
  ["a=1&b=2",[null,null,{"maxKeys":0}],"{\"a\":\"1\",\"b\":\"2\"}"],
  ["a=1&b=2&c=3",[null,null,{"maxKeys":2.5}],"{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}"],
  ["a=b",["",""],"{\"a\":\"b\"}"],
  ["a=1",[5,6],"{\"a=1\":\"\"}"],
  ["a&=b",["&","&="],"{\"a\":\"\",\"=b\":\"\"}"],
];

for (const [input, args, expected] of cases) {
  const result = qs.parse(input, ...args);
  assert.strictEqual(Object.getPrototypeOf(result), null);
  assert.strictEqual(JSON.stringify(result), expected, input);
}
assert.strictEqual(qs.decode, qs.parse);
assert.deepStrictEqual({ ...qs.parse(5) }, {});
// A custom decoder sees '+' as %20 and runs on every part; if it throws, unescape is used.
assert.deepStrictEqual({ ...qs.parse('a+b=c&d', '&', '=', { decodeURIComponent: (s) => s.toUpperCase() }) },
                       { 'A%20B': 'C', 'D': '' });
assert.deepStrictEqual({ ...qs.parse('a=%41%', '&', '=', { decodeURIComponent() { throw new Error(); } }) },
                       { a: 'A%' });
