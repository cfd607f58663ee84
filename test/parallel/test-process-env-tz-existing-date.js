'use strict';
// A Date already read in local time follows a later change of process.env.TZ, as
// in node: its local fields and offset are those of the zone in force when read.
const common = require('../common');
const assert = require('node:assert');

if (common.isWindows) common.skip('POSIX TZ');

const date = new Date('2018-04-14T12:34:56.789Z');
const zones = [
  ['Europe/Amsterdam', /^Sat Apr 14 2018 14:34:56 GMT\+0200 \(.+\)$/, 14, -120],
  ['Europe/London', /^Sat Apr 14 2018 13:34:56 GMT\+0100 \(.+\)$/, 13, -60],
  ['America/New_York', /^Sat Apr 14 2018 08:34:56 GMT-0400 \(.+\)$/, 8, 240],
  ['Etc/UTC', /^Sat Apr 14 2018 12:34:56 GMT\+0000 \(.+\)$/, 12, 0],
  ['Europe/Amsterdam', /^Sat Apr 14 2018 14:34:56 GMT\+0200 \(.+\)$/, 14, -120],
];
for (const [zone, text, hours, offset] of zones) {
  process.env.TZ = zone;
  assert.match(date.toString(), text);
  assert.strictEqual(date.getHours(), hours);
  assert.strictEqual(date.getTimezoneOffset(), offset);
  // A second Date of the same instant agrees.
  assert.strictEqual(new Date(date.getTime()).getHours(), hours);
}
delete process.env.TZ;
date.toString();
