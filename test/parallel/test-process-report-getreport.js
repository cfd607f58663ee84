'use strict';
// process.report.getReport(): node's report shape, with the header fields that
// packages read to tell glibc from musl.
require('../common');
const assert = require('assert');

const desc = Object.getOwnPropertyDescriptor(process, 'report');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, true);

const { report } = process;
assert.deepStrictEqual(Object.keys(report), [
  'writeReport', 'getReport', 'directory', 'filename', 'compact', 'excludeNetwork',
  'signal', 'reportOnFatalError', 'reportOnSignal', 'reportOnUncaughtException', 'excludeEnv',
]);
assert.strictEqual(report.signal, 'SIGUSR2');
assert.strictEqual(report.compact, false);
assert.strictEqual(report.directory, '');

const r = report.getReport();
assert.deepStrictEqual(Object.keys(r), [
  'header', 'javascriptStack', 'javascriptHeap', 'nativeStack', 'resourceUsage',
  'uvthreadResourceUsage', 'libuv', 'workers', 'environmentVariables', 'userLimits',
  'sharedObjects',
]);
assert.strictEqual(r.header.reportVersion, 5);
assert.strictEqual(r.header.event, 'JavaScript API');
assert.strictEqual(r.header.trigger, 'GetReport');
assert.strictEqual(r.header.filename, null);
assert.strictEqual(r.header.processId, process.pid);
assert.strictEqual(r.header.nodejsVersion, process.version);
assert.strictEqual(r.header.platform, process.platform);
assert.strictEqual(r.header.cwd, process.cwd());
assert.match(r.header.dumpEventTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
if (process.platform === 'linux' && r.header.glibcVersionRuntime !== undefined) {
  assert.match(r.header.glibcVersionRuntime, /^\d+\.\d+$/);
  assert(r.sharedObjects.some((so) => /libc\.so/.test(so)));
}
assert(Array.isArray(r.header.networkInterfaces));
assert.strictEqual(r.javascriptStack.message, 'Error [ERR_SYNTHETIC]: JavaScript Callstack');
assert.deepStrictEqual(r.javascriptStack.errorProperties, { code: 'ERR_SYNTHETIC' });
assert.strictEqual(r.environmentVariables.PATH, process.env.PATH);

// An error's own header, frames and properties.
const err = Object.assign(new Error('boom'), { code: 'E_BOOM' });
const withErr = report.getReport(err);
assert.strictEqual(withErr.javascriptStack.message, 'Error: boom');
assert.match(withErr.javascriptStack.stack[0], /^at /);
assert.deepStrictEqual(withErr.javascriptStack.errorProperties, { code: 'E_BOOM' });

report.excludeNetwork = true;
assert.strictEqual('networkInterfaces' in report.getReport().header, false);
report.excludeNetwork = false;

assert.throws(() => { report.compact = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { report.signal = 'SIGNOPE'; }, { code: 'ERR_UNKNOWN_SIGNAL' });
