'use strict';
// --trace-event-categories writes the process's trace as Chrome's JSON trace format
// into node_trace.1.log in the working directory (or where
// --trace-event-file-pattern says): metadata naming the process and its threads,
// and events only of the enabled categories, whichever way the process ends.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function traceOf(args, file = () => 'node_trace.1.log') {
  const child = spawnSync(process.execPath, args, { cwd: tmpdir.path, encoding: 'utf8' });
  assert.strictEqual(child.stderr, '');
  const path = tmpdir.resolve(file(child.pid));
  const events = JSON.parse(fs.readFileSync(path, 'utf8')).traceEvents;
  fs.unlinkSync(path);
  for (const e of events) assert.strictEqual(e.pid, child.pid);
  return { events, child };
}

const named = (events, name) => events.filter((e) => e.name === name);

// Metadata: the main thread's name, the process's title as it changes, node's version.
{
  const { events } = traceOf(['--trace-event-categories', 'node.console', '--title=first',
                              '-e', 'process.title = "second"']);
  const threads = named(events, 'thread_name').map((e) => e.args.name);
  assert.ok(threads.includes('JavaScriptMainThread'));
  const titles = named(events, 'process_name').map((e) => e.args.name);
  assert.ok(titles.includes('first') && titles.includes('second'));
  assert.strictEqual(named(events, 'version')[0].args.node, process.versions.node);
  assert.ok(events.every((e) => e.cat === '__metadata' && e.ph === 'M'));
}

// Synchronous fs calls in node.fs.sync, console counters and timers in node.console;
// a category left out records nothing.
{
  const code = 'const fs = require("fs"); fs.writeFileSync("f.txt", "x"); fs.statSync("f.txt");' +
               'fs.lstatSync("f.txt"); fs.readdirSync("."); fs.unlinkSync("f.txt");' +
               'console.count("n"); console.count("n");' +
               'console.time("t"); console.timeEnd("t")';
  const { events } = traceOf(['--trace-event-categories', 'node.fs.sync,node.console', '-e', code]);
  const fsNames = events.filter((e) => e.cat === 'node,node.fs,node.fs.sync').map((e) => e.name);
  for (const name of ['fs.sync.open', 'fs.sync.write', 'fs.sync.close', 'fs.sync.stat',
                      'fs.sync.lstat', 'fs.sync.readdir', 'fs.sync.unlink']) {
    assert.ok(fsNames.includes(name), name);
  }
  assert.deepStrictEqual(named(events, 'count::n').map((e) => [e.ph, e.args.data]), [['C', 1], ['C', 2]]);
  assert.deepStrictEqual(named(events, 'time::t').map((e) => e.ph), ['b', 'e']);
  assert.ok(!events.some((e) => e.cat.includes('async_hooks')));
}

// process.exit() still leaves a whole file, named by the pattern; Timeout
// resources are async spans of node.async_hooks, with their callbacks'; a worker
// names its thread.
{
  const code = 'const { Worker } = require("worker_threads");' +
               'new Worker("1", { eval: true, name: "w" }).on("exit", () => {' +
               '  setTimeout(() => process.exit(3), 1);' +
               '});';
  const { events, child } = traceOf(['--trace-event-categories', 'node.async_hooks',
                                     '--trace-event-file-pattern', 'trace-${pid}-${rotation}.json',
                                     '-e', code],
                                    (pid) => `trace-${pid}-1.json`);
  assert.strictEqual(child.status, 3);
  assert.deepStrictEqual(named(events, 'Timeout').map((e) => e.ph), ['b']);
  const init = named(events, 'Timeout')[0];
  assert.ok(init.args.data.triggerAsyncId > 0 && init.args.data.executionAsyncId > 0);
  assert.deepStrictEqual(named(events, 'Timeout_CALLBACK').map((e) => [e.ph, e.id]),
                         [['b', init.id]]);
  assert.ok(named(events, 'thread_name').some((e) => e.args.name === '[worker 1] w'));
}

// Without a category nothing is written.
{
  spawnSync(process.execPath, ['-e', '1'], { cwd: tmpdir.path });
  assert.ok(!fs.existsSync(tmpdir.resolve('node_trace.1.log')));
}
