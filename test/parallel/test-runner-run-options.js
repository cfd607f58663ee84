'use strict';
// run(): options are validated as node does; shard picks every total-th file from
// index; argv reaches the test files; events start after run() returns (so a
// listener added after an await sees them), enqueue/dequeue carry the type and
// diagnostics a level; an aborted signal fails the files that did not finish.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const fixtures = require('../common/fixtures');
const { run } = require('node:test');

const shardDir = fixtures.path('test-runner', 'shards');
const shardFiles = ['a', 'b', 'c', 'd', 'e'].map((x) => path.join(shardDir, `${x}.cjs`));

assert.throws(() => run({ shard: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.shard.total" property must be of type number. Received undefined',
});
assert.throws(() => run({ shard: { total: 2, index: 3 } }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.shard.index" is out of range. It must be >= 1 && <= 2. Received 3',
});
assert.throws(() => run({ files: ['a.js'], globPatterns: ['*.js'] }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => run({ forceExit: true, watch: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /The property 'options\.forceExit' is not supported with watch mode\./,
});
for (const bad of [[], () => {}, 1]) assert.throws(() => run(bad), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => run({ coverage: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => run({ lineCoverage: 101 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => run({ isolation: 'thread' }), { code: 'ERR_INVALID_ARG_VALUE' });

async function events(options) {
  const stream = await run(options);
  const seen = [];
  stream.on('test:enqueue', (d) => seen.push(`enqueue ${path.basename(d.name)} ${d.type}`));
  stream.on('test:pass', (d) => seen.push(`pass ${d.name}`));
  stream.on('test:fail', (d) => seen.push(`fail ${path.basename(d.name)}`));
  stream.on('test:diagnostic', (d) => assert.strictEqual(d.level, 'info'));
  // eslint-disable-next-line no-unused-vars
  for await (const _ of stream);
  return seen;
}

(async () => {
  assert.deepStrictEqual(await events({ files: shardFiles, shard: { total: 2, index: 1 } }), [
    'enqueue a.cjs test', 'enqueue c.cjs test', 'enqueue e.cjs test',
    'enqueue a test', 'pass a', 'enqueue c test', 'pass c', 'enqueue e test', 'pass e',
  ]);
  const argvFile = fixtures.path('test-runner', 'print-argv.js');
  assert.deepStrictEqual(await events({ files: [argvFile], argv: ['--custom'] }),
                         ['enqueue print-argv.js test', 'enqueue argv test', 'pass argv']);
  const never = fixtures.path('test-runner', 'never-ending.js');
  assert.deepStrictEqual((await events({ files: [never, never], signal: AbortSignal.abort() })).sort(), [
    'enqueue never-ending.js test', 'enqueue never-ending.js test',
    'fail never-ending.js', 'fail never-ending.js',
  ]);
})().then(common.mustCall());
