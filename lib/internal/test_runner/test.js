'use strict';
// The test tree: Test (a function run with a TestContext), Suite (describe()), and
// the hooks. Each test runs its body, then waits for its subtests; results are
// reported strictly in declaration order through the root's TestsStream, so output
// does not depend on which concurrent test finished first.

const { codes } = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateObject, validateInteger,
} = require('internal/validators');

const kCancelledByParent = 'cancelledByParent';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kHookFailure = 'hookFailed';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';

const now = () => process.hrtime.bigint();
const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6;

// The test whose body is running synchronously right now: test()/describe()/hooks
// called from there attach to it (node uses AsyncLocalStorage for the same purpose).
let current = null;
// After an await, the synchronous marker is gone: the asynchronous context (see
// storage() below) still tells which test or suite the code belongs to.
function currentTest() { return current ?? contextStorage?.getStore()?.test ?? null; }

function wrapFailure(err, failureType) {
  if (err?.code === 'ERR_TEST_FAILURE' && err.failureType !== undefined) return err;
  const failure = new codes.ERR_TEST_FAILURE(err, failureType);
  // The wrapper's own frames are the runner's, not the test's: node's has none
  // either, so reporters that print it show just its first line.
  Object.defineProperty(failure, 'stack', { __proto__: null, value: `Error [ERR_TEST_FAILURE]: ${failure.message}`,
    writable: true, configurable: true, enumerable: false });
  return failure;
}

// Where test()/it()/describe() was called from, as node's location field.
function callerLocation(skipFn) {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  const holder = {};
  try {
    Error.stackTraceLimit = 20; // room for the frames above skipFn
    Error.prepareStackTrace = (_, sites) => sites;
    Error.captureStackTrace(holder, skipFn);
    const site = Array.isArray(holder.stack) ? holder.stack[0] : undefined;
    if (!site) return {};
    let file = site.getFileName?.();
    if (typeof file === 'string' && file.startsWith('file://')) {
      file = require('internal/url').fileURLToPath(file);
    }
    return { file, line: site.getLineNumber(), column: site.getColumnNumber() };
  } catch {
    return {};
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = savedLimit;
  }
}

class TestContext {
  #test;
  constructor(test) { this.#test = test; }
  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName; }
  get filePath() { return this.#test.filePath; }
  get attempt() { return this.#test.root.rerun?.attempt ?? 0; }
  get mock() { return this.#test.getMock(); }
  get assert() { return this.#test.getAssert(); }
  diagnostic(message) { this.#test.diagnostics.push(String(message)); }
  plan(count, options = {}) {
    if (this.#test.planCount !== null) {
      throw new codes.ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    }
    validateInteger(count, 'count', 0);
    validateObject(options, 'options');
    const { wait = false } = options;
    if (typeof wait !== 'boolean' && typeof wait !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.wait', ['boolean', 'number'], wait);
    }
    this.#test.planCount = count;
    this.#test.planWait = wait;
  }
  runOnly(value) { this.#test.runOnlySubtests = !!value; }
  skip(message) { this.#test.skipped = true; this.#test.message = message; }
  todo(message) { this.#test.isTodo = true; this.#test.message = message; }
  test(name, options, fn) {
    const overrides = { loc: callerLocation(TestContext.prototype.test) };
    const sub = this.#test.createSubtest(Test, name, options, fn, overrides);
    return sub.start();
  }
  before(fn, options) { this.#test.addHook('before', fn, options, callerLocation(TestContext.prototype.before)); }
  after(fn, options) { this.#test.addHook('after', fn, options, callerLocation(TestContext.prototype.after)); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options, callerLocation(TestContext.prototype.beforeEach)); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options, callerLocation(TestContext.prototype.afterEach)); }
  // Polls condition() every `interval` ms until it returns (or resolves) without
  // throwing; fails after `timeout` ms with the last error as the cause.
  waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, 2 ** 31 - 1);
    validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
    return new Promise((resolve, reject) => {
      let lastError;
      let pollTimer;
      let done = false;
      const deadline = setTimeout(() => {
        done = true;
        clearTimeout(pollTimer);
        const err = new Error('waitFor() timed out');
        if (lastError !== undefined) err.cause = lastError;
        reject(err);
      }, timeout);
      const poll = async () => {
        try {
          const value = await condition();
          if (done) return;
          done = true;
          clearTimeout(deadline);
          resolve(value);
        } catch (err) {
          lastError = err;
          if (!done) pollTimer = setTimeout(poll, interval);
        }
      };
      poll();
    });
  }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName; }
  get filePath() { return this.#suite.filePath; }
}

function parseOptions(name, options, fn) {
  if (typeof name === 'function') { fn = name; name = fn.name; options = {}; }
  else if (name !== null && typeof name === 'object') { fn = options; options = name; name = undefined; }
  if (typeof options === 'function') { fn = options; options = {}; }
  // node ignores options that are not an object.
  if (options === null || typeof options !== 'object') options = {};
  if (!name) name = fn?.name || '<anonymous>';
  return { name: String(name), options, fn };
}

class Test {
  constructor(parent, name, options, fn, overrides = {}) {
    this.parent = parent;
    this.root = parent ? parent.root : this;
    // With --test-isolation=none several files share the root: each test keeps its own.
    this.filePath = parent?.parent ? parent.filePath : this.root.filePath;
    this.name = name;
    this.nesting = parent ? (parent.parent ? parent.nesting + 1 : 0) : -1;
    this.loc = overrides.loc ?? {};
    if (parent) this.rerunKey = this.root.rerun?.keyFor(this.loc);
    this.fn = fn ?? (() => {});
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.planCount = null;
    this.assertCount = 0;
    this.error = null;
    this.passed = false;
    this.finished = false;
    this.started = false;
    this.startReported = false;
    this.nextReport = 0;
    this.duration = 0;
    this.runOnlySubtests = false;
    this.message = undefined;
    this.testNumber = 0;
    this.reportType = 'test';
    this.validate(options);
    const { skip, todo, only, timeout, concurrency, signal, plan } = options;
    this.only = !!only;
    if (this.only && parent) this.root.hasOnly = true;
    this.skipped = skip !== undefined && skip !== false;
    this.isTodo = todo !== undefined && todo !== false;
    // An empty message is no message; a todo suite makes its tests todo.
    if (!this.isTodo && parent?.parent && parent.isTodo) this.isTodo = true;
    this.message = typeof skip === 'string' && skip !== '' ? skip
      : typeof todo === 'string' && todo !== '' ? todo : undefined;
    this.timeout = timeout ?? parent?.timeout ?? Infinity;
    if (concurrency === true) this.concurrency = Infinity;
    else if (typeof concurrency === 'number') this.concurrency = concurrency;
    else this.concurrency = 1;
    this.planCount = plan ?? null;
    this.controller = new AbortController();
    this.signal = this.controller.signal;
    this.outerSignal = signal;
    if (parent) {
      const cfg = this.root.config;
      // --test-only (and t.runOnly(true)) leave out tests not marked only, unless
      // an ancestor is; node 24 does not report them at all.
      if (cfg.only && !this.only && !this.hasOnlyAncestor()) this.filtered = true;
      if (parent.runOnlySubtests && !this.only) this.filtered = true;
      if (!this.skipped && !this.matchesPatterns()) this.filtered = true;
    }
  }

  validate(options) {
    const { timeout, concurrency, signal, plan } = options;
    if (timeout != null && timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
    if (concurrency != null && typeof concurrency !== 'boolean') {
      if (typeof concurrency !== 'number') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
      }
      validateInteger(concurrency, 'options.concurrency', 1, 2 ** 32 - 1);
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (plan !== undefined) validateInteger(plan, 'options.plan', 0);
  }

  hasOnlyAncestor() {
    for (let t = this.parent; t && t.parent; t = t.parent) if (t.only) return true;
    return false;
  }

  matchesPatterns() {
    const { namePatterns, skipPatterns } = this.root.config;
    if (!namePatterns.length && !skipPatterns.length) return true;
    const full = this.fullName;
    if (skipPatterns.some((re) => re.test(this.name) || re.test(full))) return false;
    if (!namePatterns.length) return true;
    const matches = (t) => namePatterns.some((re) => re.test(t.name) || re.test(t.fullName));
    for (let t = this; t && t.parent; t = t.parent) if (matches(t)) return true;
    return false;
  }

  eventData() {
    return { nesting: this.nesting, name: this.name, file: this.loc.file, line: this.loc.line,
      column: this.loc.column };
  }

  get fullName() {
    return this.parent && this.parent.parent ? `${this.parent.fullName} > ${this.name}` : this.name;
  }

  getMock() {
    if (!this.mock) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      this.mock = new MockTracker();
    }
    return this.mock;
  }

  getAssert() {
    if (!this.assertObject) {
      const assert = require('assert');
      const object = {};
      for (const name of ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject',
        'doesNotThrow', 'equal', 'fail', 'ifError', 'match', 'notDeepEqual',
        'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'partialDeepStrictEqual',
        'rejects', 'strictEqual', 'throws', 'ok']) {
        if (typeof assert[name] !== 'function') continue;
        const test = this;
        object[name] = function(...args) { test.assertCount++; return assert[name].apply(this, args); };
      }
      const test = this;
      const update = () => !!this.root.config?.updateSnapshots;
      object.snapshot = function snapshot(value, options) {
        test.assertCount++;
        require('internal/test_runner/snapshot').snapshotAssertion(test, update(), value, options);
      };
      object.fileSnapshot = function fileSnapshot(value, path, options) {
        test.assertCount++;
        require('internal/test_runner/snapshot').fileSnapshotAssertion(update(), value, path, options);
      };
      // Assertions added with require('node:test').assert.register(): `this` is the
      // TestContext, and each call counts toward t.plan().
      for (const [name, fn] of customAssertions) {
        object[name] = function(...args) { test.assertCount++; return fn.apply(test.context, args); };
      }
      this.assertObject = object;
    }
    return this.assertObject;
  }

  // node neither throws for nor runs a hook that is not a function.
  addHook(kind, fn, options = {}, loc = {}) {
    if (typeof fn !== 'function') return;
    if (options === null || typeof options !== 'object') options = {};
    this.hooks[kind].push({ fn, timeout: options.timeout ?? this.timeout, loc });
  }

  createSubtest(Factory, name, options, fn, overrides) {
    const parsed = parseOptions(name, options, fn);
    if (this.finished) {
      const late = new Factory(this, parsed.name, parsed.options, parsed.fn, overrides);
      late.fail(new codes.ERR_TEST_FAILURE('test could not be started because its parent finished',
                                     kParentAlreadyFinished));
      late.finished = true;
      this.root.lateFailures = true;
      return late;
    }
    const sub = new Factory(this, parsed.name, parsed.options, parsed.fn, overrides);
    if (sub.filtered) return sub;
    this.subtests.push(sub);
    this.root.emit('test:enqueue', { ...sub.eventData(), type: sub.reportType });
    return sub;
  }

  // Starts this test now if its parent has room, else queues it. Returns a promise
  // that settles (never rejects) when the test has finished.
  start() {
    if (!this.finishedPromise) {
      this.finishedPromise = new Promise((resolve) => { this.resolveFinished = resolve; });
    }
    if (this.filtered || this.finished) { this.resolveFinished?.(); return Promise.resolve(); }
    // Starting twice (t.test() then the parent's wait) must not run it twice.
    if (!this.started && !this.queued) {
      const parent = this.parent;
      if (parent.isReady() && parent.active < parent.concurrency) {
        parent.active++;
        this.started = true;
        this.run();
      } else {
        this.queued = true;
        parent.pending.push(this);
      }
    }
    return this.finishedPromise.then(() => undefined);
  }

  // A test's own `before` hooks (t.before) run once, just before its first subtest.
  isReady() {
    if (!this.started) return false;
    if (!this.beforeStarted && this.hooks.before.length) {
      this.beforeStarted = true;
      this.beforePromise = this.runHooks('before', this, this.context).catch((err) => {
        this.fail(err);
        this.beforeRan = false;
      });
    }
    return true;
  }

  processPending() {
    while (this.pending.length && this.active < this.concurrency) {
      const next = this.pending.shift();
      this.active++;
      next.started = true;
      next.run();
    }
  }

  async runHooks(kind, target, ctx) {
    for (const hook of this.hooks[kind]) await runHook(target, hook, kind, ctx);
  }

  // beforeEach from the outermost ancestor in, afterEach from the innermost out.
  async runEachHooks(kind) {
    const chain = [];
    for (let t = this.parent; t; t = t.parent) chain.push(t);
    if (kind === 'beforeEach') chain.reverse();
    for (const t of chain) await t.runHooks(kind, this, this.context);
  }

  async run() {
    if (this.parent?.beforePromise) await this.parent.beforePromise;
    if (this.parent && this.parent.beforeRan === false && !this.error) {
      this.fail(new codes.ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                     kCancelledByParent));
    }
    this.started = true;
    this.startTime = now();
    this.root.emit('test:dequeue', { ...this.eventData(), type: this.reportType });
    this.context = new TestContext(this);
    const outer = this.outerSignal;
    if (outer) {
      if (outer.aborted) this.cancel(outer.reason);
      else outer.addEventListener('abort', () => this.cancel(outer.reason), { once: true });
    }
    try {
      if (this.skipped || this.error) {
        // skipped tests still run nothing, not even hooks
      } else if (this.root.rerun?.passedBefore(this.rerunKey)) {
        // passed on an earlier --test-rerun-failures attempt: not run again
      } else {
        await this.runEachHooks('beforeEach');
        await this.runBody();
        if (this.planCount !== null && this.planWait !== undefined && this.planWait !== false) await this.waitForPlan();
        if (this.planCount !== null && this.assertCount + this.subtests.length !== this.planCount) {
          throw new codes.ERR_TEST_FAILURE(
            `plan expected ${this.planCount} assertions but received ${this.assertCount + this.subtests.length}`,
            kTestCodeFailure);
        }
      }
    } catch (err) {
      this.fail(err);
    }
    await this.waitSubtests();
    if (!this.skipped) {
      try {
        await this.runEachHooks('afterEach');
        if (this.beforeRan !== false) await this.runHooks('after', this, this.context);
      } catch (err) {
        this.fail(err);
      }
    }
    this.finish();
  }

  // t.plan(n, { wait }): give late assertions `wait` ms (true: forever) to arrive.
  waitForPlan() {
    const met = () => this.assertCount + this.subtests.length >= this.planCount;
    if (met()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const check = () => {
        if (met()) {
          resolve();
        } else if (this.timeout !== Infinity && msSince(this.startTime) >= this.timeout) {
          // The test's own timeout covers the wait for its plan too.
          reject(new codes.ERR_TEST_FAILURE(`test timed out after ${this.timeout}ms`, kTestTimeoutFailure));
        } else if (this.planWait !== true && Date.now() - started >= this.planWait) {
          reject(new codes.ERR_TEST_FAILURE(`plan timed out after ${this.planWait}ms with ` +
            `${this.assertCount + this.subtests.length} assertions when expecting ${this.planCount}`,
                                      kTestTimeoutFailure));
        } else {
          setTimeout(check, 1);
        }
      };
      check();
    });
  }

  async runBody() {
    this.processPending();
    await runWithTimeout(this.fn, this.timeout, this.context, this, false, this.signal);
  }

  async waitSubtests() {
    this.processPending();
    for (let i = 0; i < this.subtests.length; i++) {
      const sub = this.subtests[i];
      if (!sub.finished) await sub.start();
    }
  }

  // options.signal aborted: the test fails with the signal's reason.
  cancel(reason) {
    if (this.finished || this.error) return;
    // node marks the reason itself too, so it shows when the reason is printed.
    if (reason !== null && typeof reason === 'object') reason.failureType = 'testAborted';
    this.fail(new codes.ERR_TEST_FAILURE(reason, 'testAborted'));
    this.controller.abort();
  }

  fail(err) {
    if (this.error) return;
    this.error = wrapFailure(err, kTestCodeFailure);
    this.passed = false;
  }

  finish() {
    if (this.finished) return;
    this.duration = this.startTime === undefined ? 0 : msSince(this.startTime);
    // Subtests still queued when their parent ends are cancelled, as in node.
    for (const sub of this.subtests) {
      if (!sub.finished && !sub.started) {
        sub.fail(new codes.ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                      kCancelledByParent));
        sub.finish();
      }
    }
    const failed = this.subtests.filter((t) => t.error && !t.isTodo && !t.skipped).length;
    if (!this.error && failed > 0) {
      this.fail(new codes.ERR_TEST_FAILURE(`${failed} subtest${failed === 1 ? '' : 's'} failed`, kSubtestsFailed));
    }
    this.passed = !this.error;
    if (this.passed && this.parent) this.root.rerun?.recordPass(this.rerunKey, this.name);
    this.finished = true;
    this.controller.abort();
    this.mock?.reset();
    const parent = this.parent;
    if (parent) {
      const details = { passed: this.passed, duration_ms: this.duration, type: this.reportType };
      if (this.error) details.error = this.error;
      this.root.emit('test:complete', { ...this.eventData(), testNumber: parent.subtests.indexOf(this) + 1,
        details });
    }
    if (parent) {
      if (this.started) parent.active--;
      this.root.reportFrom(parent);
      parent.processPending();
      if (parent === this.root) this.root.onChildFinished();
    }
    this.resolveFinished?.();
  }
}

// One hook for `target`; its function is called before this returns. The
// promise's isSettled() tells whether the hook has finished.
function runHook(target, hook, kind, ctx) {
  const run = runWithTimeout(hook.fn, hook.timeout, ctx, target, { kind, loc: hook.loc });
  const promise = run.catch((err) => {
    const failure = wrapFailure(err, kHookFailure);
    if (failure.cause === err && !(err instanceof Error)) failure.message = `failed running ${kind} hook`;
    throw failure;
  });
  promise.isSettled = run.isSettled;
  return promise;
}

const customAssertions = new Map();

// require('node:test').assert.register(name, fn): a t.assert method for every test.
function registerAssertion(name, fn) {
  const { validateString } = require('internal/validators');
  validateString(name, 'name');
  validateFunction(fn, 'fn');
  customAssertions.set(name, fn);
}

// The test bodies and hooks in flight, latest last: an uncaught exception or
// unhandled rejection is blamed on the latest, as node blames the test whose
// async context it came from.
const running = [];

// The test body or hook whose asynchronous context the current code runs in, as
// node tells it with AsyncLocalStorage: an error thrown from a timer a finished
// test left behind is reported against that test.
let contextStorage;
function storage() {
  if (!contextStorage) {
    const { AsyncLocalStorage } = require('async_hooks');
    contextStorage = new AsyncLocalStorage();
  }
  return contextStorage;
}

// err came from code of a test or hook that has already ended: node reports it
// as a diagnostic (failing the run), not against any test.
function extraneousMessage(entry, err, failureType) {
  const loc = entry.hook ? entry.hook.loc : entry.test.loc;
  const file = loc?.file ? require('path').relative(process.cwd(), loc.file) || loc.file : undefined;
  const where = file === undefined ? '' : ` at ${file}:${loc.line}:${loc.column}`;
  const what = entry.hook ? `Test hook "${entry.hook.kind}"` : `Test "${entry.test.name}"`;
  let text;
  try { text = String(err); } catch { text = Object.prototype.toString.call(err); }
  return `Error: ${what}${where} generated asynchronous activity after the test ended. This activity ` +
    `created the error "${text}" and would have caused the test to fail, but instead triggered an ` +
    `${failureType} event.`;
}

// Returns false when no test is to blame, true when a test was failed, or the
// diagnostic text for activity after a test ended.
function failRunning(err, failureType) {
  const owner = contextStorage?.getStore();
  // A hook has ended once it settles; a test once it (and its subtests) finish.
  if (owner && (owner.hook ? owner.settled() : owner.test.finished)) {
    return extraneousMessage(owner, err, failureType);
  }
  if (owner && owner.settled()) {
    owner.test.fail(new codes.ERR_TEST_FAILURE(err, failureType));
    return true;
  }
  const entry = owner ?? running[running.length - 1];
  if (!entry) return false;
  const failure = new codes.ERR_TEST_FAILURE(err, failureType);
  entry.test.fail(failure);
  // An exception ends the test now; a rejection lets its body run to the end.
  if (failureType === 'uncaughtException') entry.settle(failure);
  return true;
}

// Runs fn(ctx[, done]) and settles when it is done, failing on timeout, on a
// callback called twice, or on a callback together with a returned promise.
function runWithTimeout(fn, timeout, ctx, test, isHook, signal) {
  let settled = false;
  const promise = new Promise((resolve, reject) => {
    let timer;
    const entry = { test, settle: null, hook: isHook || null, settled: () => settled };
    const settle = (err) => {
      if (settled) return;
      settled = true;
      const i = running.indexOf(entry);
      if (i !== -1) running.splice(i, 1);
      if (timer) clearTimeout(timer);
      if (err !== undefined) reject(err); else resolve();
    };
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        settle(new codes.ERR_TEST_FAILURE(
          `${isHook ? 'hook' : 'test'} timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
    }
    if (signal?.aborted) { settle(test.error ?? undefined); return; }
    if (signal) signal.addEventListener('abort', () => settle(test.error ?? undefined), { once: true });
    entry.settle = settle;
    running.push(entry);
    const prev = current;
    current = test;
    // Inside the test's asynchronous context, so later errors can be traced to it.
    function call() {
      try {
        if (fn.length >= 2) {
          let calls = 0;
          const done = (err) => {
            calls++;
            if (calls > 1) {
              test.fail(new codes.ERR_TEST_FAILURE('callback invoked multiple times', kMultipleCallbackInvocations));
              return;
            }
            if (err) settle(err); else settle();
          };
          const ret = fn.call(ctx, ctx, done);
          if (ret && typeof ret.then === 'function') {
            ret.then(() => {}, () => {});
            settle(new codes.ERR_TEST_FAILURE('passed a callback but also returned a Promise',
                                        kCallbackAndPromisePresent));
          }
        } else {
          const ret = fn.call(ctx, ctx);
          if (ret && typeof ret.then === 'function') {
            ret.then(() => settle(), (err) => settle(err === undefined ? new Error('undefined') : err));
          } else {
            settle();
          }
        }
      } catch (err) {
        settle(err);
      }
    }
    storage().run(entry, call);
    current = prev;
  });
  // Whether fn has already finished (a synchronous function has, on return).
  promise.isSettled = () => settled;
  return promise;
}

class Suite extends Test {
  constructor(parent, name, options, fn, overrides) {
    super(parent, name, options, fn, overrides);
    this.reportType = 'suite';
    this.context = new SuiteContext(this);
    // A suite left out by --test-only or a name pattern still runs its matching tests.
    const filtered = this.filtered;
    this.filtered = false;
    const prev = current;
    current = this;
    try {
      const entry = { test: this, hook: null, settled: () => this.built === true };
      const ret = this.skipped ? undefined : storage().run(entry, () => this.fn.call(this.context, this.context));
      if (ret && typeof ret.then === 'function') {
        this.buildPromise = Promise.resolve(ret).then(() => {}, (err) => this.fail(err))
          .then(() => { this.built = true; });
      } else {
        this.built = true;
      }
    } catch (err) {
      this.built = true;
      this.fail(err);
    } finally {
      current = prev;
    }
    if (filtered && this.subtests.length === 0) this.filtered = true;
    this.concurrency = options.concurrency === true ? Infinity
      : typeof options.concurrency === 'number' ? options.concurrency : 1;
  }

  isReady() { return this.started && this.childrenGo === true; }

  async run() {
    this.started = true;
    this.startTime = now();
    this.root.emit('test:dequeue', { ...this.eventData(), type: this.reportType });
    const outer = this.outerSignal;
    if (outer) {
      if (outer.aborted) this.cancel(outer.reason);
      else outer.addEventListener('abort', () => this.cancel(outer.reason), { once: true });
    }
    if (this.buildPromise) await this.buildPromise;
    try {
      if (!this.skipped && !this.error) {
        await this.runHooks('before', this, this.context);
        this.childrenGo = true;
        await this.waitSubtests();
      }
    } catch (err) {
      this.fail(err);
    }
    this.childrenGo = false;
    await this.waitSubtests();
    try {
      if (!this.skipped) await this.runHooks('after', this, this.context);
    } catch (err) {
      this.fail(err);
    }
    this.finish();
  }

  async waitSubtests() {
    if (!this.childrenGo) {
      // nothing may start: cancel what has not run
      return;
    }
    // Queue every child at once so that `concurrency` decides how many run together.
    const all = this.subtests.map((sub) => sub.start());
    await Promise.all(all);
  }
}

module.exports = {
  failRunning, runHook, registerAssertion, Test, Suite, TestContext, SuiteContext, currentTest, parseOptions, callerLocation,
  kCancelledByParent, kTestTimeoutFailure,
};
