'use strict';
// A package.json that is not valid JSON is ERR_INVALID_PACKAGE_CONFIG, even for a
// file inside its folder required by path.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

assert.throws(() => require('../fixtures/cjs/broken-pkg/index'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${fixtures.path('cjs', 'broken-pkg', 'package.json')}.`,
});
