'use strict';
// util.inspect's quoting and escaping of strings and keys (quote choice, controls, C1
// controls, lone surrogates escaped and pairs kept), long strings split after each
// newline, and arrays printed in columns, with holes and accessor elements: node's
// exact text.
require('../common');
const assert = require('assert');
const util = require('util');

for (const [value, text, asKey] of [
  [
    "it's",
    "\"it's\"",
    "{ \"it's\": 1 }"
  ],
  [
    "it's \"q\"",
    "`it's \"q\"`",
    "{ `it's \"q\"`: 1 }"
  ],
  [
    "it's \"q\" `b`",
    "'it\\'s \"q\" `b`'",
    "{ 'it\\'s \"q\" `b`': 1 }"
  ],
  [
    "it's \"q\" `b` ${x}",
    "'it\\'s \"q\" `b` ${x}'",
    "{ 'it\\'s \"q\" `b` ${x}': 1 }"
  ],
  [
    "a\\b",
    "'a\\\\b'",
    "{ 'a\\\\b': 1 }"
  ],
  [
    "\u0000\u001f ",
    "'\\x00\\x1F\\x7F\\x9F '",
    "{ '\\x00\\x1F\\x7F\\x9F ': 1 }"
  ],
  [
    "😀 pair",
    "'😀 pair'",
    "{ '😀 pair': 1 }"
  ],
  [
    "lone \ud83d end",
    "'lone \\ud83d end'",
    "{ 'lone \\ud83d end': 1 }"
  ],
  [
    "low \ude00 first",
    "'low \\ude00 first'",
    "{ 'low \\ude00 first': 1 }"
  ],
  [
    "\ude00\ud83d",
    "'\\ude00\\ud83d'",
    "{ '\\ude00\\ud83d': 1 }"
  ],
  [
    "tab\tcr\r",
    "'tab\\tcr\\r'",
    "{ 'tab\\tcr\\r': 1 }"
  ],
  [
    "\b\f\u000b",
    "'\\b\\f\\x0B'",
    "{ '\\b\\f\\x0B': 1 }"
  ]
]) {
  assert.strictEqual(util.inspect(value), text);
  assert.strictEqual(util.inspect({ [value]: 1 }), asKey);
}

const long = "first line of a long text\nfirst line of a long text\nfirst line of a long text\nfirst line of a long text\nand it's the end";
assert.strictEqual(util.inspect(long), "'first line of a long text\\n' +\n  'first line of a long text\\n' +\n  'first line of a long text\\n' +\n  'first line of a long text\\n' +\n  \"and it's the end\"");
assert.strictEqual(util.inspect({ text: long + '\n' }), "{\n  text: 'first line of a long text\\n' +\n    'first line of a long text\\n' +\n    'first line of a long text\\n' +\n    'first line of a long text\\n' +\n    \"and it's the end\\n\"\n}");

const arrays = [
  Array.from({ length: 30 }, (_, i) => (i * 37) % 101),
  Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat((i % 7) + 1)),
  [1, , 3, , , 6], // eslint-disable-line no-sparse-arrays
];
const withGetter = [1, 2, 3];
Object.defineProperty(withGetter, 1, { get() { return 9; }, enumerable: true });
arrays.push(withGetter);
assert.deepStrictEqual(arrays.map((a) => util.inspect(a)), [
  "[\n   0, 37, 74, 10, 47, 84, 20, 57, 94,\n  30, 67,  3, 40, 77, 13, 50, 87, 23,\n  60, 97, 33, 70,  6, 43, 80, 16, 53,\n  90, 26, 63\n]",
  "[\n  'a',       'bb',      'ccc',\n  'dddd',    'eeeee',   'ffffff',\n  'ggggggg', 'h',       'ii',\n  'jjj',     'kkkk',    'lllll',\n  'mmmmmm',  'nnnnnnn', 'o',\n  'pp',      'qqq',     'rrrr',\n  'sssss',   'tttttt',  'uuuuuuu',\n  'v',       'ww',      'xxx',\n  'yyyy',    'zzzzz'\n]",
  "[ 1, <1 empty item>, 3, <2 empty items>, 6 ]",
  "[ 1, [Getter], 3 ]"
]);
