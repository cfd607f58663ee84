'use strict';
// Paths of files under test/fixtures.

const path = require('path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

module.exports = {
  fixturesDir,
  path: (...args) => path.join(fixturesDir, ...args),
};
