'use strict';
// `eddy --test [patterns]` and run(): find the test files, run each in a child
// process, and replay the events each child reports (one JSON line per event on
// its stdout) through this process's reporters, with one summary for all files.

const path = require('path');
const { validateObject, validateArray, validateBoolean, validateFunction } = require('internal/validators');
const { codes } = require('internal/errors');

const kDefaultPatterns = ['**/*.test.{cjs,mjs,js}', '**/*-test.{cjs,mjs,js}', '**/*_test.{cjs,mjs,js}',
  '**/test-*.{cjs,mjs,js}', '**/test.{cjs,mjs,js}', '**/test/**/*.{cjs,mjs,js}'];
const kMarker = '\u0000EDDYTEST';

function isFile(file) { return internalBinding('fs').internalModuleStat(file) === 0; }

// Every file under `dir` (skipping node_modules and dot folders), relative to dir.
function walk(dir) {
  let fs;
  try { fs = require('fs'); } catch { return []; }
  const out = [];
  const visit = (rel) => {
    let entries;
    try { entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) visit(child);
      } else if (e.isFile()) {
        out.push(child);
      }
    }
  };
  visit('');
  return out.sort();
}

// The files to run, ordered as node orders them: by the name as given (a glob
// match by its path relative to cwd), so "/abs/b.js" sorts before "a.js".
function findFiles(patterns, cwd) {
  const { matchGlobPattern } = require('internal/fs/glob');
  const files = new Map();
  let all;
  for (const pattern of patterns.length ? patterns : kDefaultPatterns) {
    const direct = path.resolve(cwd, pattern);
    if (isFile(direct)) {
      files.set(path.isAbsolute(pattern) ? pattern : path.relative(cwd, direct) || pattern, direct);
      continue;
    }
    if (path.isAbsolute(pattern)) {
      const exclude = (name) => name === 'node_modules' || name.split('/').includes('node_modules');
      for (const f of require('fs').globSync(pattern, { exclude })) if (isFile(f)) files.set(f, f);
      continue;
    }
    all ??= walk(cwd);
    for (const rel of all) if (matchGlobPattern(rel, pattern)) files.set(rel, path.join(cwd, rel));
  }
  const keys = [...files.keys()].sort();
  const seen = new Set();
  const out = [];
  out.names = new Map();
  for (const k of keys) {
    const file = files.get(k);
    if (seen.has(file)) continue;
    seen.add(file);
    out.push(file);
    out.names.set(file, k);
  }
  return out;
}

// The options a child keeps: everything but --test, where/how to report, and watch
// mode's (the runner itself does the watching).
function childExecArgv() {
  const out = [];
  const argv = require('internal/watch_mode/args').withoutWatchOptions(process.execArgv);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.split('=')[0];
    if (name === '--test' || name === '--test-reporter' || name === '--test-reporter-destination' ||
        name === '--test-global-setup') {
      if (!a.includes('=') && name !== '--test') i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

// The children running right now: SIGINT/SIGTERM to `eddy --test` ends them too.
const liveChildren = new Set();

// Runs one file; calls onEvent(type, data) for each event as the child reports it;
// resolves with the child's exit code, signal and summary. With onLoaded (watch
// mode), the child reports the files it loads (internal/modules/watch_report.js)
// over an IPC channel, and onLoaded gets them.
function runFile(file, root, execArgv, onEvent, argv = [], children = liveChildren, onLoaded = undefined) {
  const cp = require('child_process');
  const env = { ...process.env, NODE_TEST_CONTEXT: 'eddy-child' };
  const stdio = ['ignore', 'pipe', 'pipe'];
  if (onLoaded !== undefined) {
    env.WATCH_REPORT_DEPENDENCIES = '1';
    stdio.push('ipc');
  }
  const args = [...execArgv, file, ...argv];
  let summary = null;
  let partial = '';
  let plain = '';
  const flushPlain = () => {
    if (plain) { onEvent('test:stdout', { file, message: plain }); plain = ''; }
  };
  // Complete lines only; a line without its newline waits for the next chunk.
  const handleStdout = (text, last) => {
    const lines = (partial + text).split('\n');
    partial = last ? '' : lines.pop();
    for (const line of lines) {
      if (line.startsWith(kMarker)) {
        flushPlain();
        const { type, data } = JSON.parse(line.slice(kMarker.length));
        if (type === 'test:summary') summary = data;
        else onEvent(type, { ...data, file: data.file ?? file });
      } else if (line !== '') {
        plain += `${line}\n`;
      }
    }
    flushPlain();
  };
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = cp.spawn(process.execPath, args, { env, cwd: root.cwd, stdio });
    if (onLoaded !== undefined) {
      const { filesOfReport } = require('internal/watch_mode/changes');
      child.on('message', (message) => {
        const files = filesOfReport(message);
        if (files !== null) onLoaded(files);
      });
    }
    liveChildren.add(child);
    children.add(child);
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => handleStdout(d, false));
    child.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
    child.on('close', (code, signal) => {
      liveChildren.delete(child);
      children.delete(child);
      handleStdout('', true);
      if (err) onEvent('test:stderr', { file, message: err });
      resolve({ code, signal, summary, start });
    });
  });
}

// Replays child events into this process's reporters and sums their counts.
// Files run `concurrency` at a time, but their events reach the reporters in file
// order: the first unfinished file streams, later ones wait in a buffer.
async function runFiles(files, root, sinks, options) {
  // Top-level results are numbered as they reach the reporters (afresh in each run:
  // watch mode runs again with the same sinks).
  let number = 0;
  const numbering = (type, data) => {
    if (data?.nesting === 0 && (type === 'test:pass' || type === 'test:fail')) data.testNumber = ++number;
  };
  const allSinks = [numbering, ...sinks];
  const emit = (type, data) => { for (const s of allSinks) s(type, data); };
  const totals = { __proto__: null, tests: 0, failed: 0, passed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0, suites: 0 };
  let success = true;
  const start = process.hrtime.bigint();
  const execArgv = [...childExecArgv(), ...(options.execArgv ?? [])];
  const rerunPasses = new Map();
  const records = files.map((file) => ({ file, buffer: [], done: false }));
  let head = 0;
  const out = (rec, type, data) => {
    if (records[head] === rec) emit(type, data);
    else rec.buffer.push([type, data]);
  };
  const advance = () => {
    while (head < records.length && records[head].done) {
      head++;
      const next = records[head];
      if (next) {
        for (const [type, data] of next.buffer) emit(type, data);
        next.buffer.length = 0;
      }
    }
  };
  for (const file of files) emit('test:enqueue', { nesting: 0, name: file, file, type: 'test' });
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // options.signal (run()): aborting ends the running files; the rest fail unrun.
  const children = new Set();
  options.signal?.addEventListener('abort', () => { for (const child of children) child.kill(); }, { once: true });
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < records.length) {
      const rec = records[nextIndex++];
      const file = rec.file;
      const fileEvent = { nesting: 0, name: file, file };
      out(rec, 'test:dequeue', { ...fileEvent, type: 'test' });
      const r = options.signal?.aborted
        ? { code: null, signal: 'SIGTERM', summary: null, start: process.hrtime.bigint() }
        : await runFile(file, root, execArgv, (type, data) => {
        if (type === 'eddy:rerun') {
          for (const [key, entry] of data.passes) rerunPasses.set(key, entry);
          return;
        }
        if (type === 'test:plan' && data.nesting === 0) return;
        if (type === 'test:diagnostic' && data.nesting === 0 && /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(data.message)) return;
        out(rec, type, revive(data));
      }, options.argv, children, options.onLoaded && ((loaded) => options.onLoaded(file, loaded)));
      const s = r.summary;
      if (s) {
        for (const k of Object.keys(totals)) totals[k] += s.counts[k] ?? 0;
        if (!s.success) success = false;
        out(rec, 'test:summary', { ...s, file });
      }
      // No summary and exit 0: the file declared no tests, which is not a failure.
      if ((!s && r.code !== 0) || (s && r.code !== 0 && s.success)) {
        // The file failed outside any test (it threw, or exited non-zero).
        success = false;
        totals.tests++;
        totals.failed++;
        totals.topLevel++;
        const name = files.names?.get(file) ?? file;
        const error = new codes.ERR_TEST_FAILURE('test failed', 'testCodeFailure');
        error.exitCode = r.code;
        error.signal = r.signal;
        const duration_ms = Number(process.hrtime.bigint() - r.start) / 1e6;
        out(rec, 'test:start', { nesting: 0, name, file, line: 1, column: 1 });
        out(rec, 'test:fail', { name, nesting: 0, details: { duration_ms, type: 'test', error },
          file, line: 1, column: 1 });
      }
      out(rec, 'test:complete', { ...fileEvent, details: { passed: r.code === 0,
        duration_ms: Number(process.hrtime.bigint() - r.start) / 1e6 } });
      rec.done = true;
      advance();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length || 1) }, worker));
  if (options.rerunFailuresFilePath !== undefined) {
    const { RerunState } = require('internal/test_runner/rerun');
    new RerunState(options.rerunFailuresFilePath).write(rerunPasses);
  }
  if (number) emit('test:plan', { nesting: 0, count: number });
  const duration = Number(process.hrtime.bigint() - start) / 1e6;
  for (const [k, v] of [['tests', totals.tests], ['suites', totals.suites], ['pass', totals.passed],
    ['fail', totals.failed], ['cancelled', totals.cancelled], ['skipped', totals.skipped],
    ['todo', totals.todo], ['duration_ms', duration]]) {
    emit('test:diagnostic', { nesting: 0, message: `${k} ${v}`, level: 'info' });
  }
  emit('test:summary', { success, counts: totals, duration_ms: duration });
  return success;
}

// A child's serialized error back into an error whose inspect looks like the original.
function revive(data) {
  const err = data?.details?.error;
  if (!err || err instanceof Error) return data;
  const out = new codes.ERR_TEST_FAILURE(err.message, err.failureType);
  let cause = err.cause;
  const inspected = cause?.inspected;
  if (cause && typeof cause === 'object' && cause.__error) {
    const e = new Error(cause.message);
    for (const k of ['name', 'code', 'stack', 'expected', 'actual', 'operator']) {
      if (k in cause && (cause[k] !== undefined || k === 'expected' || k === 'actual')) Object.defineProperty(e, k, { value: cause[k], writable: true, configurable: true, enumerable: k !== 'name' && k !== 'stack' });
    }
    Object.defineProperty(e, Symbol.for('nodejs.util.inspect.custom'), { value: () => inspected });
    cause = e;
  }
  out.cause = cause;
  return { ...data, details: { ...data.details, error: out } };
}

// --test-isolation=none: every file is imported into this process, in order, and
// their tests share this process's root (and its top-level hooks). Tests start once
// all files are loaded.
async function runInProcess(files, root, endWhenDone) {
  const release = root.hold();
  // The test files see what the global setup prepared.
  await root.globalSetupDone;
  const { pathToFileURL } = require('internal/url');
  const { importModule } = require('internal/modules/esm/loader');
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  for (const file of files) {
    root.filePath = file;
    try {
      await importModule(pathToFileURL(file).href, parentURL);
    } catch (err) {
      // A file that fails to load fails the run, as an error outside any test.
      process.nextTick(() => { throw err; });
    }
  }
  // run() ends its stream when the tests are done; `eddy --test` reports when the
  // event loop empties, so errors from timers tests leave behind are still seen.
  root.endWhenDone = endWhenDone;
  release();
  root.maybeEndWhenDone();
}

// Runs fn between the global setup and teardown of `file` (if any).
async function withGlobalSetup(file, fn) {
  if (!file) return fn();
  const teardown = await require('internal/test_runner/global_setup').runGlobalSetup(file);
  const result = await fn();
  if (teardown) await teardown();
  return result;
}

// NODE_DEBUG=test_runner prints the configuration the run uses, as node does.
function debugConfig(config, concurrency) {
  const debug = require('internal/util/debuglog').debuglog('test_runner');
  if (!debug.enabled) return;
  debug('test runner configuration:', { __proto__: null, isTestRunner: true, concurrency,
    forceExit: config.forceExit, isolation: config.isolation, only: config.only,
    reporters: config.reporters, destinations: config.destinations,
    globalSetupPath: config.globalSetupPath, shard: config.shard,
    testNamePatterns: config.namePatterns.length ? config.namePatterns : null,
    testSkipPatterns: config.skipPatterns.length ? config.skipPatterns : null,
    timeout: config.timeout, rerunFailuresFilePath: config.rerunFailuresFilePath });
}

// `eddy --test`: the files named (or found) in process.argv, reported here.
function runCli() {
  const { parseTestOptions, makeSinks } = require('internal/test_runner/harness');
  const config = parseTestOptions();
  const patterns = process.argv.slice(1);
  process.argv.length = 1;
  const root = { cwd: process.cwd() };
  const files = findFiles(patterns, root.cwd);
  // Interrupted: end the children and exit with failure, as node does. Installed before any
  // reporter prints, so a signal sent on the first output finds the handler.
  const terminate = () => {
    for (const child of liveChildren) child.kill();
    process.exitCode = 1;
    process.exit();
  };
  process.on('SIGINT', terminate);
  process.on('SIGTERM', terminate);
  // node's default: one file per available core but one.
  const concurrency = config.concurrency ?? Math.max(1, require('os').availableParallelism() - 1);
  debugConfig(config, config.isolation === 'none' ? 1 : config.concurrency ?? true);
  require('internal/test_runner/harness').warnNoCoverage(config);
  if (config.isolation === 'none') {
    const { getRoot } = require('internal/test_runner/harness');
    return runInProcess(files, getRoot());
  }
  // An error here comes from a reporter or the runner itself, never from a test:
  // node's handler rethrows it, so it is printed and the exit code is 7.
  process.on('uncaughtException', (err) => { throw err; });
  const sinks = makeSinks(config);
  const { rerunFailuresFilePath } = config;
  if (internalBinding('process').options.watch) {
    const watchPaths = require('internal/options').getOptionValues('--watch-path').map((p) => path.resolve(p));
    const runList = (list, onLoaded) => runFiles(list, root, sinks, { concurrency, onLoaded });
    const { watchRuns } = require('internal/test_runner/watch');
    const rediscover = patterns.length === 0 ? () => findFiles([], root.cwd) : undefined;
    return withGlobalSetup(config.globalSetupPath,
                           () => watchRuns(files, runList, { watchPaths, rediscover, cwd: root.cwd }));
  }
  return withGlobalSetup(config.globalSetupPath,
                         () => runFiles(files, root, sinks, { concurrency, rerunFailuresFilePath }))
    .then((ok) => {
      if (!ok) process.exitCode = 1;
      if (config.forceExit) process.exit();
    });
}

// run()'s options, validated as node validates them.
function validateRunOptions(options) {
  const v = require('internal/validators');
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
  v.validateObject(options, 'options');
  const { files, globPatterns, watch, forceExit, only, shard, setup, concurrency, timeout, signal,
    isolation = 'process', coverage = false, execArgv = [], argv = [], cwd = process.cwd(),
    rerunFailuresFilePath, globalSetupPath } = options;
  if (files != null) v.validateArray(files, 'options.files');
  if (watch != null) v.validateBoolean(watch, 'options.watch');
  if (forceExit != null) {
    v.validateBoolean(forceExit, 'options.forceExit');
    if (forceExit && watch) {
      throw new ERR_INVALID_ARG_VALUE('options.forceExit', watch, 'is not supported with watch mode');
    }
  }
  if (only != null) v.validateBoolean(only, 'options.only');
  if (globPatterns != null) v.validateArray(globPatterns, 'options.globPatterns');
  v.validateString(cwd, 'options.cwd');
  if (globPatterns?.length > 0 && files?.length > 0) {
    throw new ERR_INVALID_ARG_VALUE('options.globPatterns', globPatterns,
                                    "is not supported when specifying 'options.files'");
  }
  if (shard != null) {
    v.validateObject(shard, 'options.shard');
    if (watch) throw new ERR_INVALID_ARG_VALUE('options.shard', watch, 'shards not supported with watch mode');
    v.validateInteger(shard.total, 'options.shard.total', 1);
    v.validateInteger(shard.index, 'options.shard.index', 1, shard.total);
  }
  if (setup != null) v.validateFunction(setup, 'options.setup');
  for (const key of ['testNamePatterns', 'testSkipPatterns']) {
    if (options[key] == null) continue;
    for (const pattern of [].concat(options[key])) {
      if (typeof pattern !== 'string' && !(pattern instanceof RegExp)) {
        throw new ERR_INVALID_ARG_TYPE(`options.${key}`, ['string', 'RegExp'], pattern);
      }
    }
  }
  if (concurrency != null && typeof concurrency !== 'boolean') {
    v.validateInteger(concurrency, 'options.concurrency', 1);
  }
  if (timeout != null) v.validateNumber(timeout, 'options.timeout', 0, Infinity);
  if (signal !== undefined) v.validateAbortSignal(signal, 'options.signal');
  v.validateOneOf(isolation, 'options.isolation', ['process', 'none']);
  v.validateBoolean(coverage, 'options.coverage');
  for (const key of ['coverageExcludeGlobs', 'coverageIncludeGlobs']) {
    if (options[key] != null) v.validateStringArray([].concat(options[key]), `options.${key}`);
  }
  for (const key of ['lineCoverage', 'branchCoverage', 'functionCoverage']) {
    v.validateInteger(options[key] ?? 0, `options.${key}`, 0, 100);
  }
  v.validateArray(execArgv, 'options.execArgv');
  v.validateArray(argv, 'options.argv');
  if (rerunFailuresFilePath != null) v.validateString(rerunFailuresFilePath, 'options.rerunFailuresFilePath');
  if (globalSetupPath != null) v.validateString(globalSetupPath, 'options.globalSetupPath');
}

// run({ files, concurrency, ... }): a TestsStream of every file's events.
function run(options = { __proto__: null }) {
  validateRunOptions(options);
  const { files, globPatterns, concurrency, cwd = process.cwd(), execArgv = [], argv = [], only, setup,
    shard, signal, watch, rerunFailuresFilePath } = options;
  const { TestsStream } = require('internal/test_runner/tests_stream');
  const stream = new TestsStream();
  // A test file run by a runner calling run() itself would run files forever.
  if (process.env.NODE_TEST_CONTEXT !== undefined) {
    process.emitWarning('node:test run() is being called recursively within a test file. skipping running files.');
    process.nextTick(() => stream.end());
    return stream;
  }
  const root = { cwd };
  let list;
  if (files) {
    list = files.map((f) => path.resolve(cwd, f));
    list.names = new Map(files.map((f, i) => [list[i], f]));
  } else {
    list = findFiles(globPatterns ?? [], cwd);
  }
  if (shard) {
    const names = list.names;
    list = list.filter((_, i) => i % shard.total === shard.index - 1);
    list.names = names;
  }
  const args = [...execArgv];
  if (only) args.push('--test-only');
  for (const p of [].concat(options.testNamePatterns ?? [])) args.push(`--test-name-pattern=${p}`);
  for (const p of [].concat(options.testSkipPatterns ?? [])) args.push(`--test-skip-pattern=${p}`);
  if (options.timeout !== undefined) args.push(`--test-timeout=${options.timeout}`);
  if (rerunFailuresFilePath !== undefined) args.push(`--test-rerun-failures=${rerunFailuresFilePath}`);
  setup?.(stream);
  if (options.isolation === 'none') {
    const { getRoot, parseTestOptions } = require('internal/test_runner/harness');
    const config = parseTestOptions(args);
    config.globalSetupPath = options.globalSetupPath ?? '';
    if (concurrency !== undefined) config.rootConcurrency = concurrency === true ? Infinity : concurrency || 1;
    // In watch mode the files run once in this process (they are not run again on
    // changes: their modules stay loaded here); the stream ends when the signal aborts.
    const finish = () => {
      if (!watch) return stream.end();
      stream.emitEvent('test:watch:drained', { __proto__: null });
      if (signal?.aborted) return stream.end();
      signal?.addEventListener('abort', () => stream.end(), { once: true });
    };
    const sink = (type, data) => {
      stream.emitEvent(type, data);
      if (type === 'test:summary' && data.file === undefined) finish();
    };
    setImmediate(() => runInProcess(list, getRoot({ config, sinks: [sink] }), true));
    return stream;
  }
  const n = concurrency === true ? Infinity : typeof concurrency === 'number' ? concurrency : 1;
  const runOptions = { concurrency: n === Infinity ? list.length : n, execArgv: args, argv, signal,
                       rerunFailuresFilePath };
  const sinks = [(type, data) => stream.emitEvent(type, data)];
  // Started a macrotask later, so listeners added right after run() (even after
  // an `await`) see every event.
  if (!watch) {
    setImmediate(() => withGlobalSetup(options.globalSetupPath,
                                       () => runFiles(list, root, sinks, runOptions)).then(() => stream.end()));
    return stream;
  }
  // Watch mode: 'test:watch:drained' after each run; the stream ends when
  // options.signal aborts.
  const runList = (files, onLoaded) => runFiles(files, root, sinks, { ...runOptions, onLoaded });
  const { watchRuns } = require('internal/test_runner/watch');
  setImmediate(() => withGlobalSetup(options.globalSetupPath, () => watchRuns(list, runList, {
    signal,
    cwd,
    rediscover: files ? undefined : () => findFiles(globPatterns ?? [], cwd),
    beforeRerun: () => stream.emitEvent('test:watch:restarted', { __proto__: null }),
    afterRun: () => stream.emitEvent('test:watch:drained', { __proto__: null }),
    onStop: () => stream.end(),
  })));
  return stream;
}

module.exports = { run, runCli, findFiles };
