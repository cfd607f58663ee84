'use strict';
// Every case of WPT's setters_tests.json: each URL attribute setter, including
// the values it must refuse or only partly apply.
require('../common');
const assert = require('assert');
const { loadWptUrlData } = require('../common/wpt-url');

const data = loadWptUrlData('setters_tests.json');
if (data) {
  let total = 0;
  for (const [attribute, tests] of Object.entries(data)) {
    if (attribute === 'comment') continue;
    for (const test of tests) {
      total++;
      const url = new URL(test.href);
      url[attribute] = test.new_value;
      for (const [prop, expected] of Object.entries(test.expected)) {
        assert.strictEqual(url[prop], expected,
                           `${JSON.stringify(test.href)}.${attribute} = ${JSON.stringify(test.new_value)}: ${prop}`);
      }
    }
  }
  assert(total > 250, `only ${total} cases`);
}
