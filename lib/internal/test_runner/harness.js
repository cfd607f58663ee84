'use strict';
// The root of the test tree for this process: reads the --test-* options, reports
// every event in declaration order, and when the event loop empties cancels what
// is still running, prints the summary and sets the exit code.

const { Test, Suite, currentTest, parseOptions, callerLocation, kCancelledByParent,
  kTestTimeoutFailure } = require('internal/test_runner/test');
const { codes } = require('internal/errors');

const kReporters = {
  spec: (colors) => require('internal/test_runner/reporter/spec').createSpec({ colors }),
  tap: () => require('internal/test_runner/reporter/tap').createTap(),
  dot: () => require('internal/test_runner/reporter/dot').createDot(),
  junit: () => require('internal/test_runner/reporter/junit').createJunit(),
};

// --test-* options from process.execArgv, in either --name=value or --name value form.
function parseTestOptions(argv = process.execArgv) {
  const config = { only: false, namePatterns: [], skipPatterns: [], reporters: [], destinations: [],
    timeout: Infinity, concurrency: undefined, forceExit: false, isTestMode: false, isolation: 'process',
    globalSetupPath: '', rerunFailuresFilePath: undefined, shard: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg : arg.slice(0, eq)).replace(/_/g, '-');
    const valued = ['--test-reporter', '--test-reporter-destination', '--test-name-pattern',
      '--test-skip-pattern', '--test-concurrency', '--test-timeout', '--test-isolation',
      '--experimental-test-isolation', '--test-global-setup', '--test-rerun-failures', '--test-shard'].includes(name);
    const value = !valued ? undefined : eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    switch (name) {
      case '--test': config.isTestMode = true; break;
      case '--test-only': config.only = true; break;
      case '--test-force-exit': config.forceExit = true; break;
      case '--test-update-snapshots': config.updateSnapshots = true; break;
      case '--experimental-test-coverage': config.coverage = true; break;
      case '--test-reporter': config.reporters.push(value); break;
      case '--test-reporter-destination': config.destinations.push(value); break;
      case '--test-name-pattern': config.namePatterns.push(toPattern(value)); break;
      case '--test-skip-pattern': config.skipPatterns.push(toPattern(value)); break;
      case '--test-concurrency': config.concurrency = Number(value); break;
      case '--test-timeout': config.timeout = Number(value) || Infinity; break;
      case '--test-isolation':
      case '--experimental-test-isolation': config.isolation = value; break;
      case '--test-global-setup': config.globalSetupPath = value; break;
      case '--test-rerun-failures': config.rerunFailuresFilePath = value; break;
      case '--test-shard': config.shard = value; break;
    }
  }
  return config;
}

// "/re/flags" is a regular expression; anything else matches as a regular expression too.
function toPattern(text) {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(text);
  return m ? new RegExp(m[1], m[2]) : new RegExp(text);
}

function writerFor(destination) {
  if (destination === undefined || destination === 'stdout') return (s) => process.stdout.write(s);
  if (destination === 'stderr') return (s) => process.stderr.write(s);
  const fs = require('fs');
  fs.writeFileSync(destination, '');
  return (s) => fs.appendFileSync(destination, s);
}

function makeSink(name, destination) {
  if (name === 'eddy-child') {
    // One JSON event per line for the parent `eddy --test` process.
    const write = writerFor(destination);
    return (type, data) => write(`\u0000EDDYTEST${JSON.stringify({ type, data: serialize(data) })}\n`);
  }
  const factory = kReporters[name];
  if (!factory) return makeStreamSink(name, destination);
  const stream = destination === undefined || destination === 'stdout' ? process.stdout
    : destination === 'stderr' ? process.stderr : null;
  const format = factory(!!stream?.isTTY && stream.hasColors?.() === true);
  const write = writerFor(destination);
  // Some reporters (tap) print a header before any event.
  const header = format('reporter:start', {});
  if (header) write(header);
  return (type, data) => {
    let text = format(type, data);
    if (Array.isArray(text)) text = text.join('');
    if (text) write(text);
  };
}

// A custom reporter: a module (path, file URL or package, imported as node imports
// it) whose default export is an async generator function over the events, a
// stream, or a class of either. Events go through a TestsStream composed with it.
function makeStreamSink(name, destination) {
  const { TestsStream } = require('internal/test_runner/tests_stream');
  const path = require('path');
  const { pathToFileURL } = require('internal/url');
  const { importModuleSync } = require('internal/modules/esm/loader');
  const specifier = name.startsWith('.') || path.isAbsolute(name) ? pathToFileURL(path.resolve(name)).href : name;
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  const stream = new TestsStream();
  const write = writerFor(destination);
  const attach = (ns) => {
    let reporter = ns?.default ?? ns;
    if (reporter?.prototype && Object.getOwnPropertyDescriptor(reporter.prototype, 'constructor')) {
      reporter = new reporter();
    }
    const { compose } = require('stream');
    const out = compose(stream, reporter);
    out.on('data', (chunk) => write(typeof chunk === 'string' ? chunk : String(chunk)));
  };
  const loaded = importModuleSync(specifier, parentURL, attach);
  // A reporter module with top-level await: events wait in the stream meanwhile.
  if (loaded instanceof Promise) loaded.catch((err) => process.nextTick(() => { throw err; }));
  return (type, data) => {
    stream.emitEvent(type, data);
    // The run's own summary (a file's carries its name) is the last event.
    if (type === 'test:summary' && data.file === undefined) stream.end();
  };
}

// The sinks for --test-reporter / --test-reporter-destination (spec to stdout by
// default; several reporters need one destination each).
function makeSinks(config, fallback = 'spec') {
  const { reporters, destinations } = config;
  if (reporters.length > 1 ? destinations.length !== reporters.length
    : destinations.length > 1 || (reporters.length === 0 && destinations.length > 0)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters,
                                    "must match the number of specified '--test-reporter-destination'");
  }
  const names = reporters.length ? reporters : [fallback];
  return names.map((name, i) => makeSink(name, destinations[i] ?? 'stdout'));
}

// What node's runner process gets back from a test file's process for an error:
// a plain Error with the original's stack and own properties (so no class's
// custom inspect, e.g. AssertionError's, applies when it is printed).
function asTransferred(e) {
  if (!(e instanceof Error)) return e;
  const copy = new Error(e.message);
  Object.defineProperty(copy, 'stack', { __proto__: null, value: e.stack, writable: true, configurable: true });
  for (const key of Object.keys(e)) copy[key] = e[key];
  return copy;
}

function serialize(data) {
  if (!data?.details?.error) return data;
  const err = data.details.error;
  const cause = err.cause;
  const plain = (e) => (e !== null && typeof e === 'object'
    ? { message: e.message, name: e.name, code: e.code, stack: e.stack, expected: e.expected,
      actual: e.actual, operator: e.operator, __error: e instanceof Error,
      inspected: require('internal/util/inspect').inspect(asTransferred(e)) }
    : e);
  return { ...data, details: { ...data.details,
    error: { message: err.message, failureType: err.failureType, code: err.code, cause: plain(cause) } } };
}

// Failures node counts as cancelled rather than failed.
const kCancelled = new Set([kCancelledByParent, kTestTimeoutFailure, 'testAborted']);

function countTests(root) {
  const c = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0, failed: false };
  const visit = (t) => {
    for (const s of t.subtests) {
      if (s.filtered) continue;
      if (s.reportType === 'suite') {
        c.suites++;
        if (s.error && !s.error.failureType?.startsWith('subtests')) c.failed = true;
      } else {
        c.tests++;
        if (s.skipped) c.skipped++;
        else if (s.isTodo) c.todo++;
        else if (s.error && kCancelled.has(s.error.failureType)) { c.cancelled++; c.failed = true; }
        else if (s.error) { c.fail++; c.failed = true; }
        else c.pass++;
      }
      visit(s);
    }
  };
  visit(root);
  return c;
}

class Root extends Test {
  constructor(config, sinks) {
    super(null, '<root>', {}, undefined);
    this.config = config;
    this.sinks = sinks;
    this.queued = [];
    this.filePath = process.argv[1];
    this.started = true;
    this.bootstrapped = false;
    this.concurrency = config.rootConcurrency ?? 1;
    this.timeout = config.timeout;
    this.rootStart = process.hrtime.bigint();
    this.context = new (require('internal/test_runner/test').TestContext)(this);
    this.holds = 0;
    if (config.rerunFailuresFilePath !== undefined) {
      const { RerunState } = require('internal/test_runner/rerun');
      this.rerun = new RerunState(config.rerunFailuresFilePath);
    }
    this.beforeChain = Promise.resolve();
    Promise.resolve().then(() => this.bootstrap());
  }

  // Tests start once the top-level before() hooks have run and nothing holds the
  // root (--test-isolation=none holds it while it loads the files).
  async bootstrap() {
    if (this.holds) return;
    await this.beforeChain;
    if (this.holds || this.bootstrapped) return;
    if (this.hasOnly && !this.config.only) this.enterOnlyMode();
    this.bootstrapped = true;
    this.processPending();
  }

  hold() {
    this.holds++;
    this.bootstrapped = false;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds === 0) this.bootstrap();
    };
  }

  isReady() { return this.bootstrapped; }

  // node runs a top-level before() hook as soon as it is registered (after any
  // still running), so it comes before the suites declared below it are built.
  addHook(kind, fn, options, loc) {
    super.addHook(kind, fn, options, loc);
    if (kind !== 'before' || !this.hooks.before.length) return;
    const hook = this.hooks.before.pop();
    const { runHook } = require('internal/test_runner/test');
    const runOne = () => {
      const run = runHook(this, hook, 'before', this.context);
      this.lastBefore = run;
      return run.catch((err) => { this.beforeRan = false; this.error ??= err; });
    };
    const idle = !this.lastBefore || this.lastBefore.isSettled();
    this.beforeChain = idle ? Promise.all([this.beforeChain, runOne()]) : this.beforeChain.then(runOne);
  }

  // node 24: once a file declares an `only` test, only `only` tests (and the
  // suites holding them) run, as with --test-only. Tests declared so far are
  // pruned here, before any has started; later ones are left out as declared.
  enterOnlyMode() {
    this.config.only = true;
    const prune = (t) => {
      t.subtests = t.subtests.filter((c) => {
        if (c.only) return true;
        prune(c);
        if (c.subtests.length) return true;
        c.filtered = true;
        c.resolveFinished?.();
        return false;
      });
      t.pending = t.pending.filter((c) => !c.filtered);
    };
    prune(this);
  }

  // Every top-level test has finished: run the global after hooks, and with
  // --test-force-exit end the process without waiting for its handles.
  onChildFinished() {
    this.maybeRunAfterHooks();
    this.maybeEndWhenDone();
    if (!this.config.forceExit || this.pending.length || this.subtests.some((t) => !t.finished)) return;
    (this.afterPromise ?? Promise.resolve()).then(() => setImmediate(() => this.end()));
  }

  // With --test-isolation=none (endWhenDone) the run ends once the files are
  // loaded and every test and after hook has finished, not when the loop empties.
  maybeEndWhenDone() {
    if (!this.endWhenDone || this.ended || this.holds) return;
    if (this.pending.length || this.subtests.some((t) => !t.finished)) return;
    this.maybeRunAfterHooks(true);
    (this.afterPromise ?? Promise.resolve()).then(() => this.end());
  }

  // The global after hooks run once every top-level test has finished.
  maybeRunAfterHooks(force) {
    if (this.afterStarted || !this.hooks.after.length) return false;
    if (!force && (this.pending.length || this.subtests.some((t) => !t.finished))) return false;
    this.afterStarted = true;
    this.afterPromise = this.runHooks('after', this, this.context)
      .catch((err) => { this.lateFailures = true; this.afterError = err; });
    return true;
  }

  // Reporters see events a macrotask later, as node's stream-piped reporters do,
  // so console output from the tests interleaves with the report as in node.
  emit(type, data) {
    if (type === 'test:diagnostic' && data.level === undefined) data.level = 'info';
    this.queued.push([type, data]);
    if (this.ended) { this.flushEvents(); return; }
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flushEvents());
    }
  }

  flushEvents() {
    this.flushScheduled = false;
    const events = this.queued;
    this.queued = [];
    for (const [type, data] of events) for (const sink of this.sinks) sink(type, data);
  }

  isCurrent(t) {
    for (; t.parent; t = t.parent) if (t.parent.subtests[t.parent.nextReport] !== t) return false;
    return true;
  }

  reportFrom(parent) { if (this.isCurrent(parent)) this.flush(parent); }

  flush(t) {
    while (t.nextReport < t.subtests.length) {
      const c = t.subtests[t.nextReport];
      if (!c.finished) { this.flush(c); return; }
      this.reportTree(c);
      t.nextReport++;
    }
  }

  location(t) { return { file: t.loc.file, line: t.loc.line, column: t.loc.column }; }

  emitStart(t) {
    const chain = [];
    for (let a = t; a.parent; a = a.parent) if (!a.startReported) chain.push(a);
    for (let i = chain.length - 1; i >= 0; i--) {
      chain[i].startReported = true;
      this.emit('test:start', { nesting: chain[i].nesting, name: chain[i].name, ...this.location(chain[i]) });
    }
  }

  reportTree(t) {
    this.emitStart(t);
    while (t.nextReport < t.subtests.length) this.reportTree(t.subtests[t.nextReport++]);
    if (t.subtests.length) this.emit('test:plan', { nesting: t.nesting + 1, count: t.subtests.length });
    const index = t.parent.subtests.indexOf(t);
    const data = { name: t.name, nesting: t.nesting, testNumber: index + 1,
      details: { duration_ms: t.duration, type: t.reportType }, ...this.location(t) };
    if (t.skipped) data.skip = t.message ?? true;
    else if (t.isTodo) data.todo = t.message ?? true;
    if (t.error) {
      data.details.error = t.error;
      this.emit('test:fail', data);
    } else {
      data.details.passed = true;
      this.emit('test:pass', data);
    }
    for (const message of t.diagnostics) this.emit('test:diagnostic', { nesting: t.nesting, message });
    t.reported = true;
  }

  // Runs when the event loop has nothing left: whatever has not finished never will.
  end() {
    if (this.ended) return;
    this.ended = true;
    this.flushEvents();
    const cancelPending = (t) => {
      for (const s of t.subtests) {
        if (!s.finished) {
          cancelPending(s);
          if (s.started && !s.error) {
            s.fail(new codes.ERR_TEST_FAILURE(
              'Promise resolution is still pending but the event loop has already resolved',
              kCancelledByParent));
          }
          s.finish();
        }
      }
    };
    cancelPending(this);
    this.flush(this);
    if (this.rerun) {
      // Under `eddy --test` the parent writes the file for every file's tests.
      if (process.env.NODE_TEST_CONTEXT === 'eddy-child') {
        for (const sink of this.sinks) sink('eddy:rerun', { passes: [...this.rerun.passes] });
      } else {
        this.rerun.write();
      }
    }
    if (this.config.updateSnapshots) {
      try {
        require('internal/test_runner/snapshot').writeSnapshotFiles();
      } catch (err) {
        this.lateFailures = true;
        const { inspect } = require('internal/util/inspect');
        this.emit('test:diagnostic', { nesting: 0, message: `Error: ${inspect(err)}` });
      }
    }
    const c = countTests(this);
    if (this.subtests.length) this.emit('test:plan', { nesting: 0, count: this.subtests.length });
    const duration = Number(process.hrtime.bigint() - this.rootStart) / 1e6;
    for (const [k, v] of [['tests', c.tests], ['suites', c.suites], ['pass', c.pass], ['fail', c.fail],
      ['cancelled', c.cancelled], ['skipped', c.skipped], ['todo', c.todo], ['duration_ms', duration]]) {
      this.emit('test:diagnostic', { nesting: 0, message: `${k} ${v}` });
    }
    this.emit('test:summary', { success: !c.failed, counts: { __proto__: null, tests: c.tests, failed: c.fail,
      passed: c.pass, cancelled: c.cancelled, skipped: c.skipped, todo: c.todo,
      topLevel: this.subtests.length, suites: c.suites }, duration_ms: duration });
    if (c.failed || this.lateFailures) process.exitCode = 1;
    if (this.config.forceExit) process.exit();
  }
}

let root = null;

// Coverage comes from the inspector, which eddy does not have: warn as a node
// built without one does, and run the tests without coverage.
let coverageWarned = false;
function warnNoCoverage(config) {
  if (!config.coverage || coverageWarned || process.features.inspector) return;
  coverageWarned = true;
  process.emitWarning('The inspector is disabled, coverage could not be collected', 'Warning');
}

// The process's root test, made on first use. run() with isolation 'none' makes it
// with its own options and sinks (`setup`).
function getRoot(setup) {
  if (root) return root;
  const config = { ...parseTestOptions(), ...setup?.config };
  const sinks = setup?.sinks ?? (process.env.NODE_TEST_CONTEXT === 'eddy-child' && !config.reporters.length
    ? [makeSink('eddy-child')] : makeSinks(config));
  warnNoCoverage(config);
  root = new Root(config, sinks);
  root.globalSetupDone = Promise.resolve();
  // The global setup runs here unless this is one file of `eddy --test`, whose
  // runner process runs it. Tests wait for it.
  if (config.globalSetupPath && process.env.NODE_TEST_CONTEXT !== 'eddy-child') {
    const release = root.hold();
    root.globalSetupDone = require('internal/test_runner/global_setup').runGlobalSetup(config.globalSetupPath)
      .then((teardown) => { root.globalTeardown = teardown; release(); }, (err) => {
        // No test runs after a failed setup, and its teardown does not either:
        // the run ends as on an uncaught error in the runner (exit code 7).
        process.stderr.write(`${require('internal/util/inspect').inspect(err)}\n`);
        root.ended = true;
        process.exit(7);
      });
  }
  // When the loop empties: the after hooks run, then the global teardown, then
  // the summary, each once what the previous step started has finished (a
  // setImmediate keeps the loop for one more turn).
  const onBeforeExit = () => {
    if (root.maybeRunAfterHooks(true)) {
      setImmediate(() => {});
      return;
    }
    if (root.globalTeardown && !root.teardownStarted) {
      root.teardownStarted = true;
      root.teardownPromise = Promise.resolve(root.afterPromise).then(() => root.globalTeardown());
      setImmediate(() => {});
      return;
    }
    Promise.resolve(root.teardownPromise ?? root.afterPromise).then(() => root.end());
  };
  process.on('beforeExit', onBeforeExit);
  const { failRunning } = require('internal/test_runner/test');
  let lateReports = 0;
  const blame = (failureType) => (err) => {
    const blamed = failRunning(err, failureType);
    if (blamed === true) return;
    // After the summary (or a flood of them, e.g. EPIPE from the report's own
    // writes) there is nowhere left to report: just fail the run.
    if (root.ended || ++lateReports > 10) { process.exitCode = 1; return; }
    // Nothing is running (or the test it came from has ended): report it at the
    // top level and fail the run.
    root.lateFailures = true;
    const { inspect } = require('internal/util/inspect');
    const message = typeof blamed === 'string' ? blamed : `Error: ${inspect(err)}`;
    root.emit('test:diagnostic', { nesting: 0, message });
  };
  const onException = blame('uncaughtException');
  const onRejection = blame('unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  // At exit the run is over: the process is left with none of the runner's
  // listeners, as node leaves it.
  process.on('exit', () => {
    root.end();
    process.removeListener('beforeExit', onBeforeExit);
    process.removeListener('uncaughtException', onException);
    process.removeListener('unhandledRejection', onRejection);
  });
  return root;
}

// test()/it()/describe() and their .skip/.todo/.only forms: each is its own
// function so that the location node reports is the caller's line.
function runInParent(Factory, extra) {
  const run = function(name, options, fn) {
    const r = getRoot();
    const parent = currentTest() ?? r;
    const parsed = parseOptions(name, options, fn);
    const loc = callerLocation(run);
    const sub = parent.createSubtest(Factory, parsed.name, extra ? { ...parsed.options, ...extra } : parsed.options,
                                     parsed.fn, { loc });
    if (parent instanceof Suite) return Promise.resolve();
    return sub.start();
  };
  return run;
}

function hook(kind) {
  const addHookHere = function(fn, options) {
    const parent = currentTest() ?? getRoot();
    parent.addHook(kind, fn, options, callerLocation(addHookHere));
  };
  return addHookHere;
}

module.exports = { warnNoCoverage, getRoot, runInParent, hook, parseTestOptions, Root, countTests, makeSink, makeSinks, kReporters };
