'use strict';
// Host processing through UTS #46: WPT's toascii.json and IdnaTestV2.json, as
// hosts of a special URL (null output: the URL is invalid).
require('../common');
const assert = require('assert');
const { loadWptUrlData } = require('../common/wpt-url');

function check(test) {
  const input = `https://${test.input}/x`;
  if (test.output === null) {
    assert.strictEqual(URL.canParse(input), false, `${JSON.stringify(test.input)} must fail`);
  } else {
    const url = new URL(input);
    assert.strictEqual(url.host, test.output, JSON.stringify(test.input));
    assert.strictEqual(url.hostname, test.output, JSON.stringify(test.input));
  }
}

const toascii = loadWptUrlData('toascii.json');
if (toascii) {
  for (const test of toascii) if (typeof test !== 'string') check(test);

  // Labels whose validity depends on the Unicode version of the IDNA table:
  // these code points were assigned after the version the data was made for.
  const unicodeVersionDependent = new Set([
    '\u{32931}20.\u97f3.\ua866' + '1.',
    'xn--20-9802c.xn--0w5a.xn--1-eg4e.',
    'xn--9-i0j5967eg3qz.ss',
  ]);
  const idna = loadWptUrlData('IdnaTestV2.json');
  let total = 0;
  for (const test of idna) {
    if (typeof test === 'string') continue;
    // '' is a domain-to-ASCII case; as a URL host it would not even be a host.
    if (test.input === '' || unicodeVersionDependent.has(test.input)) continue;
    total++;
    check(test);
  }
  assert(total > 2600, `only ${total} cases`);
}
