'use strict';
// Console colorMode 'auto': colours for a TTY whose getColorDepth() is above 2, none
// for other streams, and FORCE_COLOR overriding both ways.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

function sink(isTTY, depth) {
  const s = new EventEmitter();
  s.chunks = [];
  s.write = (chunk) => { s.chunks.push(chunk); return true; };
  if (isTTY) {
    s.isTTY = true;
    s.getColorDepth = () => depth;
  }
  return s;
}
function logged(stream) {
  new Console(stream).log('%s', 'text', 1, { s: 'x' });
  return stream.chunks[0];
}
const colored = "text \u001b[33m1\u001b[39m { s: \u001b[32m'x'\u001b[39m }\n";
const plain = "text 1 { s: 'x' }\n";

const saved = process.env.FORCE_COLOR;
delete process.env.FORCE_COLOR;
try {
  assert.strictEqual(logged(sink(true, 8)), colored);
  assert.strictEqual(logged(sink(true, 1)), plain);
  assert.strictEqual(logged(sink(false)), plain);
  process.env.FORCE_COLOR = '0';
  assert.strictEqual(logged(sink(true, 8)), plain);
  process.env.FORCE_COLOR = '1';
  assert.strictEqual(logged(sink(false)), colored);
  process.env.FORCE_COLOR = 'nonsense';
  assert.strictEqual(logged(sink(true, 8)), plain);
} finally {
  if (saved === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = saved;
}
// inspectOptions.colors wins over the stream.
const s = sink(true, 8);
new Console({ stdout: s, inspectOptions: { colors: false } }).log(1);
assert.deepStrictEqual(s.chunks, ['1\n']);
