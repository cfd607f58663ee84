'use strict';
// Assigning and deleting process.env.TZ moves the local time zone of Date and Intl
// at once, as node's does: dates made after a change are in the new zone, in the
// same tick and from later callbacks.
const common = require('../common');
const assert = require('node:assert');

if (common.isWindows) common.skip('POSIX TZ');

process.env.TZ = 'Europe/Amsterdam';
// No date was put in local time yet: the first one already sees the zone.
assert.strictEqual(new Date(2018, 3, 14, 12).getTimezoneOffset(), -120);

const instant = Date.UTC(2018, 3, 14, 12, 34, 56);
const steps = [
  ['Europe/London', /^Sat Apr 14 2018 13:34:56 GMT\+0100 \(.+\)$/, -60, '1:34:56 PM'],
  ['America/New_York', /^Sat Apr 14 2018 08:34:56 GMT-0400 \(.+\)$/, 240, '8:34:56 AM'],
  [':Asia/Tokyo', /^Sat Apr 14 2018 21:34:56 GMT\+0900 \(.+\)$/, -540, '9:34:56 PM'],
  ['Nowhere/Land', /^Sat Apr 14 2018 12:34:56 GMT\+0000 \(.+\)$/, 0, '12:34:56 PM'],
  ['Etc/UTC', /^Sat Apr 14 2018 12:34:56 GMT\+0000 \(.+\)$/, 0, '12:34:56 PM'],
];

for (const [zone, text, offset, clock] of steps) {
  process.env.TZ = zone;
  const check = () => {
    const date = new Date(instant);
    assert.match(date.toString(), text);
    assert.strictEqual(new Date(2018, 3, 14, 12).getTimezoneOffset(), offset);
    const formatted = new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' }).format(date);
    assert.strictEqual(formatted.replace(/\s/g, ' '), clock);
  };
  check();
  setImmediate(common.mustCall(() => {
    process.env.TZ = zone;
    check();
  }));
}
delete process.env.TZ;
new Date(instant).toString();
