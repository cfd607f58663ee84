'use strict';
// util.inspect of URL, URLSearchParams and their iterators, as node prints them
// (expected strings are node 24's output).
require('../common');
const assert = require('assert');
const util = require('util');

const expected = {
  url: "URL {\n  href: 'https://user:pw@host.name:8080/p/?q=1#h',\n  origin: 'https://host.name:8080',\n  protocol: 'https:',\n  username: 'user',\n  password: 'pw',\n  host: 'host.name:8080',\n  hostname: 'host.name',\n  port: '8080',\n  pathname: '/p/',\n  search: '?q=1',\n  searchParams: URLSearchParams { 'q' => '1' },\n  hash: '#h'\n}",
  depth0: "{ a: URL {} }",
  hidden: "URL {\n  href: 'http://u@h:81/?#',\n  origin: 'http://h:81',\n  protocol: 'http:',\n  username: 'u',\n  password: '',\n  host: 'h:81',\n  hostname: 'h',\n  port: '81',\n  pathname: '/',\n  search: '',\n  searchParams: URLSearchParams {},\n  hash: '',\n  Symbol(context): URLContext {\n    href: 'http://u@h:81/?#',\n    protocol_end: 5,\n    username_end: 8,\n    host_start: 8,\n    host_end: 10,\n    pathname_start: 13,\n    search_start: 14,\n    hash_start: 15,\n    port: 81,\n    scheme_type: 0,\n    [hasPort]: [Getter],\n    [hasSearch]: [Getter],\n    [hasHash]: [Getter]\n  }\n}",
  sub: "MyURL {",
  params: "URLSearchParams { 'a' => '1', 'b' => '2', 'a' => '3' }",
  empty: "URLSearchParams {}",
  long: "URLSearchParams {\n  'aaaaaaaaaaaaaaaaaaaaaaaaa' => 'bbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  'ccccccccccccccccccccccccccccc' => 'ddddddddddddddddddddddddd' }",
  entries: "URLSearchParams Iterator { [ 'a', '1' ], [ 'b', '2' ] }",
  keys: "URLSearchParams Iterator { 'a', 'b' }",
  emptyIter: "URLSearchParams Iterator {  }",
  longIter: "URLSearchParams Iterator {\n  [ 'aaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbb' ],\n  [ 'ccccccccccccccccccccccccccccc', 'ddddddddddddddddddddddddd' ] }",
  nested: "{ sp: URLSearchParams { 'x' => 'y' } }",
};

const actual = {
  url: util.inspect(new URL('https://user:pw@host.name:8080/p/?q=1#h')),
  depth0: util.inspect({ a: new URL('http://a/') }, { depth: 0 }),
  hidden: util.inspect(new URL('http://u@h:81/?#'), { showHidden: true }),
  sub: util.inspect(new (class MyURL extends URL {})('http://x/')).split('\n')[0],
  params: util.inspect(new URLSearchParams('a=1&b=2&a=3')),
  empty: util.inspect(new URLSearchParams()),
  long: util.inspect(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&ccccccccccccccccccccccccccccc=ddddddddddddddddddddddddd')),
  entries: util.inspect(new URLSearchParams('a=1&b=2').entries()),
  keys: util.inspect(new URLSearchParams('a=1&b=2').keys()),
  emptyIter: util.inspect(new URLSearchParams().values()),
  longIter: util.inspect(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&ccccccccccccccccccccccccccccc=ddddddddddddddddddddddddd').entries()),
  nested: util.inspect({ sp: new URLSearchParams('x=y') }),
};

for (const key of Object.keys(expected)) assert.strictEqual(actual[key], expected[key], key);
