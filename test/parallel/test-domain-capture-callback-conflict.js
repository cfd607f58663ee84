'use strict';
// Once node:domain is loaded, process.setUncaughtExceptionCaptureCallback() throws
// ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE, whose stack also says where the
// domain module was loaded. process.hasUncaughtExceptionCaptureCallback() is true
// only while a domain with an 'error' listener is entered. An AsyncResource made in
// a domain carries it.
const common = require('../common');
const assert = require('node:assert');
const { AsyncResource } = require('node:async_hooks');

Error.stackTraceLimit = Infinity;

(function loadDomainHere() {
  require('node:domain');
})();
const domain = require('node:domain');

for (const fn of [common.mustNotCall(), null]) {
  assert.throws(() => process.setUncaughtExceptionCaptureCallback(fn), (err) => {
    assert.strictEqual(err.code, 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE');
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, 'The `domain` module is in use, which is mutually ' +
      'exclusive with calling process.setUncaughtExceptionCaptureCallback()');
    const [, after] = err.stack.split(`\n${'-'.repeat(40)}\n`);
    assert.match(after, /^Error: require\(`domain`\) at this point\n/);
    assert.match(after, /at loadDomainHere /);
    return true;
  });
}

const d = domain.create();
d.run(() => {
  const resource = new AsyncResource('Mine');
  assert.strictEqual(resource.domain, d);
  assert.strictEqual(Object.prototype.propertyIsEnumerable.call(resource, 'domain'), false);
});
assert.strictEqual(new AsyncResource('Mine').domain, undefined);

assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
d.run(() => assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false));
d.on('error', common.mustNotCall());
d.run(() => assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true));
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
