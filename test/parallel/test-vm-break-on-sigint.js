'use strict';
// breakOnSigint: a SIGINT during the run stops the script with
// ERR_SCRIPT_EXECUTION_INTERRUPTED and does not reach the process's SIGINT
// listeners; after the run, SIGINT goes to them again.
const common = require('../common');
if (common.isWindows) common.skip('no SIGINT to self on Windows');
const assert = require('assert');
const vm = require('vm');

process.on('SIGINT', common.mustCall());

assert.throws(
  () => vm.runInNewContext('kill(); while (true) {}', {
    kill: () => process.kill(process.pid, 'SIGINT'),
  }, { breakOnSigint: true }),
  {
    code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED',
    message: 'Script execution was interrupted by `SIGINT`',
  });

// A run without the option does not see SIGINT; the listener gets this one.
vm.runInThisContext('1', { breakOnSigint: true });
process.kill(process.pid, 'SIGINT');
const keepAlive = setTimeout(() => {}, 10000);
process.on('SIGINT', () => clearTimeout(keepAlive));
