'use strict';
// node:test — the built-in test runner. Only `require('node:test')` reaches it.

const { runInParent, hook } = require('internal/test_runner/harness');
const { Test, Suite } = require('internal/test_runner/test');

function withForms(Factory) {
  const fn = runInParent(Factory);
  fn.skip = runInParent(Factory, { skip: true });
  fn.todo = runInParent(Factory, { todo: true });
  fn.only = runInParent(Factory, { only: true });
  return fn;
}

const test = withForms(Test);
const suite = withForms(Suite);

test.test = test;
test.it = test;
test.describe = suite;
test.suite = suite;
test.before = hook('before');
test.after = hook('after');
test.beforeEach = hook('beforeEach');
test.afterEach = hook('afterEach');

let lazyMock;
Object.defineProperty(test, 'mock', {
  __proto__: null, enumerable: true, configurable: true,
  get() {
    if (!lazyMock) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      lazyMock = new MockTracker();
    }
    return lazyMock;
  },
});
test.assert = { register: require('internal/test_runner/test').registerAssertion };
test.run = function run(options) { return require('internal/test_runner/runner').run(options); };
test.snapshot = {
  setDefaultSnapshotSerializers(serializers) {
    require('internal/test_runner/snapshot').setDefaultSnapshotSerializers(serializers);
  },
  setResolveSnapshotPath(fn) { require('internal/test_runner/snapshot').setResolveSnapshotPath(fn); },
};

module.exports = test;
