'use strict';
// DEP0169 is not emitted for url.parse() calls made from under node_modules,
// and such calls do not use up the one warning the program's own call gets.
const common = require('../common');
const { materialize } = require('../common/fixture-tree');
const path = require('path');
const assert = require('assert');
const url = require('url');

const warnings = [];
process.on('warning', (warning) => warnings.push(warning.code));
const parseInDependency = require(path.join(materialize('url-parse-dep'), 'node_modules', 'dep'));
assert.strictEqual(parseInDependency('http://a/').host, 'a');
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(warnings, []);
  url.parse('http://b/');
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(warnings, ['DEP0169']);
  }), 10);
}), 10);
