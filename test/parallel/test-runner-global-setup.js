'use strict';
// --test-global-setup=FILE: FILE's globalSetup runs once before any test and its
// globalTeardown once after all (with --test, --test-isolation=none, or a plain
// run of one file). A setup that throws runs no test and no teardown.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

tmpdir.refresh();
const dir = fixtures.path('test-runner', 'global-setup');
const flag = path.join(tmpdir.path, 'flag');
const env = { ...process.env, GLOBAL_SETUP_FLAG: flag };
const files = ['also.test.js', 'uses-setup.test.js'];
for (const mode of [['--test'], ['--test', '--test-isolation=none'], []]) {
  const args = [...mode, '--test-reporter=spec', '--test-global-setup=setup.js',
                ...(mode.length ? files : files.slice(1))];
  const r = run(args, { cwd: dir, env });
  assert.strictEqual(r.code, 0, `${mode}: ${r.stdout}${r.stderr}`);
  assert.strictEqual(r.stdout.match(/global setup/g).length, 1);
  assert.strictEqual(r.stdout.match(/global teardown/g).length, 1);
  assert.ok(r.stdout.indexOf('global setup') < r.stdout.indexOf('✔ sees the setup'));
  assert.match(r.stdout, new RegExp(`ℹ pass ${mode.length ? 2 : 1}\n`));
  assert.strictEqual(fs.existsSync(flag), false);
}

for (const mode of [['--test'], []]) {
  const r = run([...mode, '--test-global-setup=fails.js', 'uses-setup.test.js'], { cwd: dir, env });
  assert.match(r.stderr, /Error: setup failed/);
  assert.doesNotMatch(r.stdout, /teardown must not run|sees the setup/);
  assert.notStrictEqual(r.code, 0);
}
