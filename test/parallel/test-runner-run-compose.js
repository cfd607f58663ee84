'use strict';
// run()'s stream composed with the built-in reporters: tap yields each line (a
// result's YAML block as one chunk), spec works called or constructed. At exit
// the runner has removed its process listeners.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run, test } = require('node:test');
const { tap, spec } = require('node:test/reporters');

const file = fixtures.path('test-runner', 'pass.test.js');
test('composed reporters', async () => {
  const chunks = await run({ files: [file] }).compose(tap).toArray();
  assert.strictEqual(chunks.length, 13);
  assert.deepStrictEqual(chunks.slice(0, 3), ['TAP version 13\n', '# Subtest: from pass.test.js\n',
                                              'ok 1 - from pass.test.js\n']);
  assert.match(chunks[3], /^ {2}---\n {2}duration_ms: [\d.]+\n {2}type: 'test'\n {2}\.\.\.\n$/);
  assert.deepStrictEqual(chunks.slice(4, 12), ['1..1\n', '# tests 1\n', '# suites 0\n', '# pass 1\n',
                                               '# fail 0\n', '# cancelled 0\n', '# skipped 0\n', '# todo 0\n']);
  for (const reporter of [spec, spec(), new spec()]) {
    const text = (await run({ files: [file] }).compose(reporter).toArray()).join('');
    assert.match(text, /✔ from pass\.test\.js/);
    assert.match(text, /ℹ pass 1/);
  }
});

process.on('exit', () => {
  for (const event of ['uncaughtException', 'unhandledRejection', 'beforeExit', 'SIGINT', 'SIGTERM']) {
    assert.strictEqual(process.listeners(event).length, 0, event);
  }
});
