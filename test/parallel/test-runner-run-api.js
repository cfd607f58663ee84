'use strict';
// run({ files }) returns a TestsStream: events by name and as { type, data },
// a summary per file and one for the whole run.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const fixtures = require('../common/fixtures');
const { run } = require('node:test');

const dir = fixtures.path('test-runner');
const stream = run({ files: [path.join(dir, 'pass.test.js'), path.join(dir, 'fail.test.js')] });
stream.on('test:pass', common.mustCall((data) => {
  assert.strictEqual(data.name, 'from pass.test.js');
  assert.strictEqual(data.nesting, 0);
  assert.strictEqual(data.file, path.join(dir, 'pass.test.js'));
}));
stream.on('test:fail', common.mustCall((data) => {
  assert.strictEqual(data.name, 'from fail.test.js');
  assert.strictEqual(data.details.error.code, 'ERR_TEST_FAILURE');
  assert.strictEqual(data.details.error.failureType, 'testCodeFailure');
  assert.strictEqual(data.details.error.cause, 'nope');
}));
const types = [];
const summaries = [];
stream.on('data', ({ type, data }) => {
  types.push(type);
  if (type === 'test:summary') summaries.push(data);
});
stream.on('end', common.mustCall(() => {
  assert.strictEqual(summaries.length, 3);
  assert.deepStrictEqual(summaries.map((s) => s.file && path.basename(s.file)),
                         ['pass.test.js', 'fail.test.js', undefined]);
  const last = summaries[2];
  assert.strictEqual(last.success, false);
  assert.deepStrictEqual({ ...last.counts }, {
    tests: 2, failed: 1, passed: 1, cancelled: 0, skipped: 0, todo: 0, topLevel: 2, suites: 0,
  });
  assert.deepStrictEqual(types.filter((t) => t === 'test:start' || t === 'test:plan'),
                         ['test:start', 'test:start', 'test:plan']);
}));
