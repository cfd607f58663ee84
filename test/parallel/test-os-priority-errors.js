'use strict';
// os.getPriority/setPriority: validation, and a failed libuv call reported as
// node's SystemError (ERR_SYSTEM_ERROR) with its info object.
require('../common');
const assert = require('assert');
const os = require('os');

assert.strictEqual(typeof os.getPriority(), 'number');
assert.strictEqual(os.getPriority(0), os.getPriority());
const current = os.getPriority();
os.setPriority(current);
assert.strictEqual(os.getPriority(), current);

assert.throws(() => os.setPriority(-1, 50), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 50',
});
assert.throws(() => os.getPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => os.getPriority(99999999), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.message,
                     'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  assert.strictEqual(err.toString(),
                     'SystemError [ERR_SYSTEM_ERROR]: A system error occurred: ' +
                     'uv_os_getpriority returned ESRCH (no such process)');
  assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall']);
  assert.deepStrictEqual(err.info, {
    errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority',
  });
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, 'uv_os_getpriority');
  err.errno = -4;
  assert.strictEqual(err.info.errno, -4);
  assert(err instanceof Error);
  return true;
});
assert.throws(() => os.setPriority(99999999, 0), {
  code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_setpriority returned ESRCH (no such process)',
});

// util.inspect shows the info object and the live errno/syscall accessors.
try {
  os.getPriority(99999999);
} catch (err) {
  const text = require('util').inspect(err);
  assert(text.startsWith('SystemError [ERR_SYSTEM_ERROR]: A system error occurred: ' +
                         'uv_os_getpriority returned ESRCH (no such process)\n'));
  assert.strictEqual(text.slice(text.indexOf('\n  code:')), [
    '',
    "  code: 'ERR_SYSTEM_ERROR',",
    '  info: {',
    '    errno: -3,',
    "    code: 'ESRCH',",
    "    message: 'no such process',",
    "    syscall: 'uv_os_getpriority'",
    '  },',
    '  errno: [Getter/Setter: -3],',
    "  syscall: [Getter/Setter: 'uv_os_getpriority']",
    '}',
  ].join('\n'));
}
