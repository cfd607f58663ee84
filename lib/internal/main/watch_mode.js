'use strict';
// --watch and --watch-path: this process runs the program in a child process, and
// runs it again when a file the program loaded (or anything under a --watch-path)
// changes. The child is the same command without the watch options; it reports the
// files it loads over an IPC channel (internal/modules/watch_report.js). No user code
// runs here. What it prints, on stdout, is node's:
//   Completed running 'app.js'. Waiting for file changes before restarting...
//   Failed running 'app.js'. Waiting for file changes before restarting...
//   Restarting 'app.js'
// and, when the old run takes more than half a second to end, "Waiting for graceful
// termination..." then "Gracefully restarted 'app.js'".

const { spawn } = require('child_process');
const path = require('path');
const { inspect } = require('internal/util/inspect');
const { getOptionValue, getOptionValues } = require('internal/options');
const { convertToValidSignal } = require('internal/child_process');
const { ChangeWatcher, filesOfReport } = require('internal/watch_mode/changes');
const { withoutWatchOptions } = require('internal/watch_mode/args');

const GRACE_REPORT_MS = 500;

// Colour escapes for a terminal, none otherwise (as node's messages).
function styles() {
  const tty = require('internal/util/colors').shouldColorize(process.stdout);
  return {
    clear: tty ? '\u001bc' : '',
    blue: tty ? '\u001b[34m' : '',
    green: tty ? '\u001b[32m' : '',
    red: tty ? '\u001b[31m' : '',
    reset: tty ? '\u001b[39m' : '',
  };
}

function run() {
  const killSignal = convertToValidSignal(getOptionValues('--watch-kill-signal').at(-1) ?? 'SIGTERM');
  const watchPaths = getOptionValues('--watch-path').map((p) => path.resolve(p));
  const preserveOutput = getOptionValue('--watch-preserve-output');
  // Without --watch-path the files that count are those the program loads (and the
  // --env-file files); with it, everything under those paths and nothing else.
  const followLoads = watchPaths.length === 0;
  const command = process.argv.slice(1);
  const commandText = inspect(command.join(' '));
  const childArgs = [...withoutWatchOptions(process.execArgv), ...command];
  const { envFiles } = internalBinding('process').options; // --env-file, --env-file-if-exists
  const style = styles();
  const say = (color, text) => process.stdout.write(`${color}${text}${style.reset}\n`);

  const watcher = new ChangeWatcher();
  for (const p of watchPaths) watcher.addPath(p);
  let child = null;
  let exited = false;

  function followFiles() {
    if (command.length > 0) watcher.addFile(path.resolve(command[0]));
    for (const file of envFiles) watcher.addFile(path.resolve(file));
  }

  function start() {
    exited = false;
    if (followLoads) followFiles();
    child = spawn(process.execPath, childArgs, {
      stdio: followLoads ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
      env: { ...process.env, WATCH_REPORT_DEPENDENCIES: '1' },
    });
    child.on('message', (message) => {
      for (const file of filesOfReport(message) ?? []) watcher.addFile(file);
      // Every message goes on to whoever started watch mode, the reports too (as
      // node's watcher passes them).
      if (typeof process.send === 'function') process.send(message);
    });
    child.once('exit', (code) => {
      exited = true;
      const waiting = 'Waiting for file changes before restarting...';
      if (code === 0) say(style.blue, `Completed running ${commandText}. ${waiting}`);
      else say(style.red, `Failed running ${commandText}. ${waiting}`);
    });
  }

  // Ends the current run with signal and resolves with its exit code (undefined when
  // it had already ended).
  function stop(signal) {
    const current = child;
    if (current === null) return Promise.resolve(undefined);
    current.removeAllListeners('exit');
    current.removeAllListeners('message');
    if (exited) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      current.once('exit', (code) => resolve(code));
      current.kill(signal);
    });
  }

  let restarting = false;
  async function restart() {
    if (restarting) return;
    restarting = true;
    try {
      if (!preserveOutput) process.stdout.write(style.clear);
      say(style.green, `Restarting ${commandText}`);
      watcher.forgetFiles();
      let slow = false;
      const grace = setTimeout(() => {
        slow = true;
        say(style.blue, 'Waiting for graceful termination...');
      }, GRACE_REPORT_MS);
      await stop(killSignal);
      clearTimeout(grace);
      if (slow) say(style.green, `${style.clear}Gracefully restarted ${commandText}`);
      start();
    } finally {
      restarting = false;
    }
  }

  // Messages for the program from whoever started watch mode.
  if (typeof process.send === 'function') {
    process.on('message', (message) => {
      if (child !== null && !exited && child.connected) child.send(message);
    });
  }

  // Stopped itself: the program gets the same signal, and this process ends with its
  // exit code once it has ended.
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, async () => {
      watcher.close();
      const code = await stop(signal);
      process.exit(code ?? 0);
    });
  }

  watcher.on('changed', restart);
  start();
}

module.exports = { run };
