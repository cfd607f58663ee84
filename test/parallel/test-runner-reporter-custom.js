'use strict';
// --test-reporter with a module: a path or file URL is imported (ESM or CommonJS),
// its default export consumes the events and its output goes to the destination;
// the stream ends after the run's summary. Reporters and destinations must pair up,
// and a reporter that throws ends the run with exit code 7.
require('../common');
const assert = require('assert');
const { pathToFileURL } = require('url');
const fixtures = require('../common/fixtures');
const { runFixture } = require('../common/test-runner-output');

const reporter = pathToFileURL(fixtures.path('test-runner', 'counting-reporter.mjs')).href;
{
  const { code, stdout } = runFixture('pass.test.js', [`--test-reporter=${reporter}`]);
  assert.strictEqual(stdout, 'counted {"test:enqueue":1,"test:dequeue":1,"test:complete":1,"test:start":1,' +
    '"test:pass":1,"test:plan":1,"test:diagnostic":8,"test:summary":1}\n');
  assert.strictEqual(code, 0);
}
{
  // A relative path, under --test: the events of every file, and one summary per file.
  const { code, stdout } = runFixture('pass.test.js', ['--test', '--test-reporter=./counting-reporter.mjs']);
  assert.strictEqual(stdout, 'counted {"test:enqueue":2,"test:dequeue":2,"test:complete":2,"test:start":1,' +
    '"test:pass":1,"test:summary":2,"test:plan":1,"test:diagnostic":8}\n');
  assert.strictEqual(code, 0);
}
{
  const { code, stdout, stderr } = runFixture('pass.test.js',
                                              ['--test-reporter=dot', '--test-reporter=tap']);
  assert.match(stderr, /The argument '--test-reporter' must match the number of specified '--test-reporter-destination'\. Received \[ 'dot', 'tap' \]/);
  assert.strictEqual(stdout, '');
  assert.notStrictEqual(code, 0);
}
{
  const { code, stdout, stderr } = runFixture('pass.test.js',
                                              ['--test', '--test-reporter=./throwing-reporter.js']);
  assert.strictEqual(stdout, 'saw test:enqueue\n');
  assert.match(stderr, /Error: reporter broke/);
  assert.strictEqual(code, 7);
}
