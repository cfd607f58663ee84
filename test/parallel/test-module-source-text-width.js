'use strict';
// A module's text reads back the same whatever characters it holds: ASCII, Latin-1
// (é) and beyond (€, an astral emoji) in strings, in Function#toString, and in the
// columns of a stack.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const cases = {
  ascii: 'cafe',
  latin1: 'caf\u00e9 \u00ff',
  bmp: 'caf\u00e9 \u20ac',
  astral: 'caf\u00e9 \u{1F600}',
};
for (const [name, text] of Object.entries(cases)) {
  const file = path.join(tmpdir.path, `${name}.js`);
  fs.writeFileSync(file, `module.exports = { text: '${text}', fn: function f() { return '${text}'; },\n` +
    `  where: () => new Error('x').stack.split('\\n')[1] };\n`);
  const m = require(file);
  assert.strictEqual(m.text, text, name);
  assert.strictEqual(m.fn(), text, name);
  assert.strictEqual(m.fn.toString(), `function f() { return '${text}'; }`, name);
  assert.match(m.where(), new RegExp(`${name}\\.js:2:16\\)?$`), name);
}
