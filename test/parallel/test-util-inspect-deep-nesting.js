'use strict';
// A value nested sixty levels deep, each level also pointing back at the root and at
// its parent, prints in full with depth: Infinity: 1.6 MB of text whose every level is
// joined once, not copied again by each enclosing level.
require('../common');
const assert = require('assert');
const util = require('util');

let last = {};
const root = last;
for (let i = 0; i < 60; i++) {
  last.next = { circular: root, last, obj: { a: 1, b: 2, c: true } };
  last = last.next;
  root[i] = last;
}

const text = util.inspect(root, { depth: Infinity });
assert.strictEqual(text.length, 1590608);
assert.ok(text.startsWith("<ref *1> {\n  '0': <ref *2> {\n    circular: [Circular *1],\n"),
  text.slice(0, 80));
assert.ok(text.endsWith('\n  }\n}'), text.slice(-40));
