'use strict';
// The test runner's watch mode (`--test --watch`, run({ watch: true })): the files
// run, and then again when a file they loaded (or they themselves) change. Each
// test file's process reports what it loads (internal/modules/watch_report.js), so
// a change runs only the test files that loaded the changed file.
//
// Test files named by the caller stay the list: one renamed away still runs, and
// fails to load, as in node. Test files found by the runner's patterns are found
// again at each change (the working directory is watched as a whole): a new one
// runs with the others, a deleted one is dropped (its deletion runs nothing).
// With --watch-path, a change under those paths runs every file again.

const fs = require('fs');
const { ChangeWatcher } = require('internal/watch_mode/changes');

// runList(list, onLoaded) runs the list, reporting each file's loads to
// onLoaded(testFile, loadedFiles). afterRun follows each run and beforeRerun precedes
// every one after the first. An abort of signal stops the watching once the run
// under way ends, then calls onStop. Resolves when the first run has ended.
function watchRuns(files, runList, options = {}) {
  const { watchPaths = [], rediscover, cwd, signal, beforeRerun, afterRun, onStop } = options;
  const watcher = new ChangeWatcher();
  const followLoads = watchPaths.length === 0;
  for (const p of watchPaths) watcher.addPath(p);
  if (followLoads && rediscover !== undefined) watcher.addPath(cwd);
  const owners = new Map(); // a loaded file -> the test files that loaded it
  const onLoaded = (testFile, loaded) => {
    for (const file of loaded) {
      let set = owners.get(file);
      if (set === undefined) owners.set(file, set = new Set());
      set.add(testFile);
      if (followLoads && rediscover === undefined) watcher.addFile(file);
    }
  };

  let current = files;
  let queue = Promise.resolve();
  const run = (list, again) => {
    if (list.length === 0 || signal?.aborted) return queue;
    list.names = files.names;
    queue = queue.then(() => {
      if (again) beforeRerun?.();
      return runList(list, onLoaded);
    }).then(() => afterRun?.());
    return queue;
  };

  // The test files a change to paths runs.
  const affectedBy = (paths) => {
    if (!followLoads) return current;
    const affected = new Set();
    for (const p of paths) {
      if (current.includes(p)) affected.add(p);
      for (const testFile of owners.get(p) ?? []) affected.add(testFile);
    }
    if (rediscover === undefined) return current.filter((file) => affected.has(file));
    const found = rediscover();
    const added = found.filter((file) => !current.includes(file));
    const removed = current.filter((file) => !found.includes(file));
    found.names = current.names;
    current = found;
    if (added.length > 0) return current;
    const left = current.filter((file) => affected.has(file) && fs.existsSync(file));
    // A deletion runs nothing; a change to a file no test loaded runs them all.
    if (left.length === 0 && removed.length === 0 && affected.size === 0) return current;
    return left;
  };

  watcher.on('changed', (paths) => run(affectedBy(paths), true));
  if (followLoads && rediscover === undefined) for (const file of files) watcher.addFile(file);
  const first = run(files, false);
  const stop = () => queue.then(() => {
    watcher.close();
    onStop?.();
  });
  if (signal?.aborted) first.then(stop);
  else signal?.addEventListener('abort', stop, { once: true });
  return first;
}

module.exports = { watchRuns };
