'use strict';
// Every case of WPT's urltestdata.json: parsing (with and without a base), each
// component, origin, and URL.canParse agreeing with the constructor.
require('../common');
const assert = require('assert');
const { loadWptUrlData } = require('../common/wpt-url');

const data = loadWptUrlData('urltestdata.json');
if (data) {
  const props = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
    'pathname', 'search', 'hash'];
  let total = 0;
  for (const test of data) {
    if (typeof test === 'string') continue;
    total++;
    const base = test.base ?? undefined;
    const label = `${JSON.stringify(test.input)} against ${JSON.stringify(base)}`;
    assert.strictEqual(URL.canParse(test.input, base), !test.failure, `canParse ${label}`);
    if (test.failure) {
      assert.throws(() => new URL(test.input, base), { code: 'ERR_INVALID_URL', name: 'TypeError' }, label);
      assert.strictEqual(URL.parse(test.input, base), null, label);
      continue;
    }
    const url = new URL(test.input, base);
    for (const prop of props) assert.strictEqual(url[prop], test[prop], `${prop} of ${label}`);
    if (test.origin !== undefined) assert.strictEqual(url.origin, test.origin, `origin of ${label}`);
    assert.strictEqual(URL.parse(test.input, base).href, test.href, label);
  }
  assert(total > 800, `only ${total} cases`);
}
