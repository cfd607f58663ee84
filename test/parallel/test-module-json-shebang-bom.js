'use strict';
// JSON modules parse (their SyntaxError names the file); a hashbang line and a
// UTF-8 BOM at the start of a module are ignored.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

assert.deepStrictEqual(require('../fixtures/cjs/json/good.json'), { x: 1, list: [1, 2] });
assert.throws(() => require('../fixtures/cjs/json/bad.json'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(`${fixtures.path('cjs', 'json', 'bad.json')}: `), err.message);
  return true;
});
assert.strictEqual(require('../fixtures/cjs/shebang'), fixtures.path('cjs', 'shebang.js'));
assert.strictEqual(require('../fixtures/cjs/bom'), 'bom');
