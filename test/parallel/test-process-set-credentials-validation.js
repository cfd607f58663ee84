'use strict';
// process.setuid/setgid/seteuid/setegid/setgroups/initgroups validate their
// arguments and name unknown users and groups with ERR_UNKNOWN_CREDENTIAL.
const common = require('../common');
if (common.isWindows) common.skip('POSIX only');
const assert = require('assert');

const unknown = 'eddy-no-such-credential-xyz';
for (const [fn, what] of [
  [process.setuid, 'User'], [process.seteuid, 'User'],
  [process.setgid, 'Group'], [process.setegid, 'Group'],
]) {
  assert.throws(() => fn({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "id" argument must be one of type number or string. ' +
             'Received an instance of Object',
  });
  assert.throws(() => fn(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fn(unknown), {
    code: 'ERR_UNKNOWN_CREDENTIAL',
    message: `${what} identifier does not exist: ${unknown}`,
  });
}
assert.throws(() => process.setgroups(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "groups" argument must be an instance of Array. Received undefined',
});
assert.throws(() => process.setgroups([1, null]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "groups[1]" argument must be one of type number or string. Received null',
});
assert.throws(() => process.setgroups([unknown]), { code: 'ERR_UNKNOWN_CREDENTIAL' });
assert.throws(() => process.initgroups(unknown, unknown), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: `Group identifier does not exist: ${unknown}`,
});
if (process.getuid() !== 0) {
  assert.throws(() => process.setuid(0), /^Error: EPERM, Operation not permitted$/);
}
