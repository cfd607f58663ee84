'use strict';
// The execArgv a watched program (internal/main/watch_mode.js) or a test file run by
// `--test --watch` (internal/test_runner/runner.js) gets: the process's own without
// the watch options, and without their values when those were separate words.

const kWatchFlags = new Set(['--watch', '--no-watch', '--watch-preserve-output', '--no-watch-preserve-output']);
const kWatchValued = new Set(['--watch-path', '--watch-kill-signal']);

function withoutWatchOptions(execArgv) {
  const args = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    const name = arg.split('=', 1)[0].replaceAll('_', '-');
    if (kWatchFlags.has(name)) continue;
    if (kWatchValued.has(name)) {
      if (!arg.includes('=')) i++; // the value is the next word
      continue;
    }
    args.push(arg);
  }
  return args;
}

module.exports = { withoutWatchOptions };
