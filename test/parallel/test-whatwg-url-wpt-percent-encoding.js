'use strict';
// WPT's percent-encoding.json (UTF-8 column): query and fragment encoding.
require('../common');
const assert = require('assert');
const { loadWptUrlData } = require('../common/wpt-url');

const data = loadWptUrlData('percent-encoding.json');
if (data) {
  for (const test of data) {
    if (typeof test === 'string') continue;
    const url = new URL(`https://example.org/?${test.input}#${test.input}`);
    assert.strictEqual(url.search, `?${test.output['utf-8']}`);
    assert.strictEqual(url.hash, `#${test.output['utf-8']}`);
  }
}
