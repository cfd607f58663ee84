'use strict';
// V8's tuning flags that deployments pass (node --optimize_for_size
// --max_old_space_size=460 --gc_interval=100 app.js) are taken on the command line,
// with dashes or underscores; in NODE_OPTIONS node refuses the ones outside its
// list, naming a valued one up to its '=', with exit code 9.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, env = {}) {
  return spawnSync(process.execPath, [...args, '-p', '6 * 7'],
                   { env: { ...process.env, NODE_OPTIONS: '', ...env }, encoding: 'utf8' });
}

for (const flags of [['--optimize-for-size'], ['--optimize_for_size', '--max_old_space_size=460', '--gc_interval=100'],
                     ['--no-opt'], ['--predictable-gc-schedule'], ['--single-threaded'],
                     ['--stack-size=900'], ['--trace-gc'], ['--harmony']]) {
  const r = run(flags);
  assert.strictEqual(r.status, 0, `${flags}: ${r.stderr}`);
  assert.strictEqual(r.stdout, '42\n');
}

for (const [flag, shown] of [['--optimize-for-size', '--optimize-for-size'], ['--no-opt', '--no-opt'],
                             ['--stack-size=900', '--stack-size='], ['--gc-interval=100', '--gc-interval='],
                             ['--trace-gc', '--trace-gc'], ['--harmony', '--harmony']]) {
  const r = run([], { NODE_OPTIONS: flag });
  assert.strictEqual(r.status, 9);
  assert.ok(r.stderr.endsWith(`: ${shown} is not allowed in NODE_OPTIONS\n`), r.stderr);
}

// The V8 flags node allows there still work.
for (const flag of ['--max-old-space-size=300', '--max-semi-space-size=16', '--jitless', '--expose-gc']) {
  const r = run([], { NODE_OPTIONS: flag });
  assert.strictEqual(r.status, 0, `${flag}: ${r.stderr}`);
  assert.strictEqual(r.stdout, '42\n');
}
