'use strict';
// jest from npm runs the suites in test/fixtures/npm-packages/jest-suite: its module
// registry, mocks and fake timers in the node environment, and the jsdom environment
// (a vm context whose global gets Window.prototype, with a Proxy on that chain).
// `make npm-packages` installs it; without it the test is skipped.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

const fixtures = path.join(__dirname, '..', 'fixtures', 'npm-packages');
let jestBin;
try {
  jestBin = require.resolve(path.join(fixtures, 'node_modules', 'jest', 'bin', 'jest.js'));
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (jestBin) {
  tmpdir.refresh();
  const r = spawnSync(process.execPath, [
    jestBin, '--rootDir', path.join(fixtures, 'jest-suite'), '--ci', '--json', '--runInBand',
    '--cacheDirectory', tmpdir.resolve('cache'),
  ], { encoding: 'utf8', cwd: path.join(fixtures, 'jest-suite') });
  assert.strictEqual(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.strictEqual(result.numTotalTestSuites, 2);
  assert.strictEqual(result.numFailedTests, 0);
  assert.strictEqual(result.numPassedTests, 7);
  const names = result.testResults.map((s) => path.basename(s.name)).sort();
  assert.deepStrictEqual(names, ['dom.test.js', 'node.test.js']);
}
