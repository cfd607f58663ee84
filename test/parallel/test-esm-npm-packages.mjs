// Popular ESM-only packages from npm: chalk 5 (package "imports", #subpath
// specifiers), p-limit 4 (a dependency of its own), escape-string-regexp 5, and
// two large graphs: lodash-es (640 modules) and date-fns 4 (1,400).
// `make esm-packages` installs them into test/fixtures/esm-packages; without
// them the test is skipped.
import common from '../common/index.js';
import assert from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'esm-packages');
// (Looked for on disk: the package's "exports" does not expose its package.json.)
const installed = fs.existsSync(path.join(dir, 'node_modules', 'escape-string-regexp', 'package.json'));

if (!installed) {
  common.skip('run `make esm-packages` to install the npm fixtures');
} else {
  const { escapeStringRegexp, pLimit } = await import('../fixtures/esm-packages/index.js');
  assert.strictEqual(escapeStringRegexp('a.b*c'), 'a\\.b\\*c');

  const limit = pLimit(2);
  let running = 0;
  let peak = 0;
  const task = (v) => limit(async () => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    running--;
    return v * 2;
  });
  assert.deepStrictEqual(await Promise.all([1, 2, 3, 4, 5].map(task)), [2, 4, 6, 8, 10]);
  assert.strictEqual(peak, 2);

  const lodash = await import('../fixtures/esm-packages/lodash.js');
  assert.deepStrictEqual(lodash.default.chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.strictEqual(lodash.camelCase('Foo Bar'), 'fooBar');
  assert.strictEqual(lodash.template('hello <%= user %>!')({ user: 'fred' }), 'hello fred!');
  const { format, addDays, differenceInDays } = await import('../fixtures/esm-packages/date-fns.js');
  const day = new Date(2024, 0, 31);
  assert.strictEqual(format(addDays(day, 1), 'yyyy-MM-dd'), '2024-02-01');
  assert.strictEqual(differenceInDays(addDays(day, 10), day), 10);

  // chalk needs node:os and node:tty for its color support detection.
  if (process.getBuiltinModule('node:tty') && process.getBuiltinModule('node:os')) {
    const { default: chalk, Chalk } = await import('../fixtures/esm-packages/chalk.js');
    const forced = new Chalk({ level: 1 });
    assert.strictEqual(forced.red('x'), '\u001b[31mx\u001b[39m');
    assert.strictEqual(typeof chalk.level, 'number');
  }
}
