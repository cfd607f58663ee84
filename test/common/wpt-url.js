'use strict';
// Loads a WPT URL data file (url/resources/*.json) from the shared test data that
// sits beside the repository (../shared/testdata/wpt-url), or from the folder
// named by WPT_URL_DIR. Skips the test when the data is not there.

const path = require('path');
const common = require('.');

function loadWptUrlData(name) {
  const dirs = [path.join(__dirname, '../../../shared/testdata/wpt-url')];
  if (process.env.WPT_URL_DIR) dirs.unshift(process.env.WPT_URL_DIR);
  for (const dir of dirs) {
    try {
      return require(path.join(dir, name));
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  common.skip(`WPT URL data ${name} not found`);
  return null;
}

module.exports = { loadWptUrlData };
