'use strict';
// process.getgroups() lists the supplementary group ids, the effective gid among them.
const common = require('../common');
if (common.isWindows) common.skip('POSIX only');
const assert = require('assert');

const groups = process.getgroups();
assert(Array.isArray(groups));
assert(groups.every((gid) => Number.isInteger(gid) && gid >= 0));
assert(groups.includes(process.getegid()));
