'use strict';
// The three flavours of every fs operation from one definition. An operation
// validates its arguments and returns either one Call (a single syscall, with
// `finish` to shape its result) or a generator that yields a Call per syscall,
// receives each result (or has the system error thrown in at the yield) and returns
// the operation's value. runSync drives it on the caller's stack; runCallback and
// runPromise drive it with the same native functions given a request object, so
// each syscall runs on libuv's thread pool.

const { uvException } = require('internal/errors');
const { captureFrame, initRequest, kRequestIds, runRequestCallback, state: asyncState } =
  require('internal/async_hooks');
// Marks the completion callbacks of promise-based operations (FSREQPROMISE).
const kPromiseDone = Symbol('kPromiseDone');

// One syscall: fn(...args, req) where an undefined req means synchronous. syscall,
// path and dest name it in the error. finish(result) shapes the result and
// recover(err) may turn a failure into a value (or rethrow).
class Call {
  constructor(fn, args, syscall, path, dest, finish, recover) {
    this.fn = fn;
    this.args = args;
    this.syscall = syscall;
    this.path = path;
    this.dest = dest;
    this.finish = finish;
    this.recover = recover;
  }

  error(errno) {
    return callError(errno, this.syscall, this.path, this.dest);
  }
}

// The lowest libuv errno is above this; below it are refusals of the permission model.
const kDeniedBase = -0x40000000;

// The system error of a failed syscall (a negative errno), naming its paths.
function callError(errno, syscall, path, dest) {
  // A call the permission model refused (internal/process/permission) carries its error.
  if (errno <= kDeniedBase) return require('internal/process/permission').takeDeferredError(errno);
  const { pathForMessage } = require('internal/fs/utils');
  return uvException({ errno, syscall, path: pathForMessage(path), dest: pathForMessage(dest) });
}

function isError(r) {
  return typeof r === 'number' && r < 0;
}

// Calls the binding with the request last. Spreading into a native function
// measured ~0.3 µs a call, so the usual arities are spelled out.
function invoke(call, req) {
  const a = call.args;
  switch (a.length) {
    case 1: return call.fn(a[0], req);
    case 2: return call.fn(a[0], a[1], req);
    case 3: return call.fn(a[0], a[1], a[2], req);
    case 4: return call.fn(a[0], a[1], a[2], a[3], req);
    case 5: return call.fn(a[0], a[1], a[2], a[3], a[4], req);
    default: return call.fn(...a, req);
  }
}

// The value of a finished call, or its error thrown.
function settle(call, r) {
  if (isError(r)) {
    const err = call.error(r);
    if (call.recover === undefined) throw err;
    return call.recover(err);
  }
  return call.finish === undefined ? r : call.finish(r);
}

// --trace-sync-io: once the event loop runs (lib/internal/bootstrap/node.js sets
// `traced` after the main script's first turn, as node does), each synchronous I/O
// call prints node's warning, with the stack that made it, on stderr.
const syncIO = { traced: false };
function warnSyncIO() {
  const holder = {};
  Error.captureStackTrace(holder, warnSyncIO);
  const frames = `${holder.stack}`.split('\n').slice(1).join('\n');
  internalBinding('fs').writeString(2, `(node:${process.pid}) WARNING: Detected use of sync API\n${frames}\n\n`);
}

function runSync(op) {
  if (syncIO.traced) warnSyncIO();
  if (op instanceof Call) return settle(op, invoke(op, undefined));
  let step = op.next();
  while (!step.done) {
    const call = step.value;
    const r = invoke(call, undefined);
    let value;
    try {
      value = settle(call, r);
    } catch (err) {
      step = op.throw(err);
      continue;
    }
    step = op.next(value);
  }
  return step.value;
}

// The request object of one in-flight call; the binding calls oncomplete(result).
// In-flight requests, for process._getActiveRequests() / getActiveResourcesInfo().
// Being in this set is also what keeps a request, and the arguments it holds (the
// buffer a read fills), alive while the syscall runs: the binding does not protect
// them (src/binding/fs.h).
const activeRequests = new Set();

// `finish(req, result)` turns the binding's raw result into the callback's values:
// generatorFinish for the general path, or one of the fast paths' own
// (fast_async.js), which keep what they need in `data` and `path` instead of a Call
// and a generator. (Not named `then`: async_hooks hands requests to user code, and a
// request must not look like a promise.)
class FSReqCallback {
  constructor(finish, gen, call, done, data, path) {
    activeRequests.add(this);
    this.finish = finish;
    this.gen = gen;
    this.call = call;
    this.done = done;
    this.data = data;
    this.path = path;
    captureFrame(this); // AsyncLocalStorage reaches the callback (task_queues runCallback)
    if (asyncState.hooks.length !== 0) {
      initRequest(this, done[kPromiseDone] || finish[kPromiseDone] ? 'FSREQPROMISE' : 'FSREQCALLBACK');
    }
  }

  // The request stays active until its callback returned, as node's does.
  oncomplete(r) {
    try {
      if (this[kRequestIds] === undefined) this.finish(this, r);
      else runRequestCallback(this, (result) => this.finish(this, result), r);
    } finally {
      activeRequests.delete(this);
    }
  }
}

// The binding calls every finished request's oncomplete as this one function
// (every request it is given is an FSReqCallback): no lookup per completion.
internalBinding('fs').setCompletion(FSReqCallback.prototype.oncomplete);

function generatorFinish(req, r) {
  const { gen, call, done } = req;
  let value;
  try {
    value = settle(call, r);
  } catch (err) {
    if (gen === null) return done(err);
    return resume(gen, () => gen.throw(err), done);
  }
  if (gen === null) return done(null, value);
  resume(gen, () => gen.next(value), done);
}

function resume(gen, step, done) {
  let next;
  try {
    next = step();
  } catch (err) {
    done(err);
    return;
  }
  if (next.done) {
    done(null, next.value);
    return;
  }
  // A later step the binding refuses by throwing (the permission model's mkdir,
  // chmod, utimes) fails the operation through its callback, not as an uncaught error.
  try {
    submit(gen, next.value, done);
  } catch (err) {
    resume(gen, () => gen.throw(err), done);
  }
}

// Submits a call; a call libuv refused before queueing completes on the next tick.
function submit(gen, call, done) {
  const req = new FSReqCallback(generatorFinish, gen, call, done, undefined, undefined);
  const r = invoke(call, req);
  if (r !== undefined) process.nextTick(() => req.oncomplete(r));
}

function advance(gen, step, done) {
  if (step.done) done(null, step.value);
  else submit(gen, step.value, done);
}

// Runs op on the thread pool. A generator's first step may already have been
// taken (`first`), to validate before the callback check; an operation that ends
// without a syscall still calls back asynchronously.
function runCallbackFrom(op, first, done) {
  if (op instanceof Call) return submit(null, op, done);
  first ??= op.next();
  if (first.done) process.nextTick(done, null, first.value);
  else advance(op, first, done);
}

function runCallback(op, done) {
  runCallbackFrom(op, undefined, done);
}

function runPromise(op) {
  return new Promise((resolve, reject) => {
    const done = (err, value) => (err ? reject(err) : resolve(value));
    done[kPromiseDone] = true;
    runCallbackFrom(op, undefined, done);
  });
}

// runPromise(opFn(...args)) where a validation failure rejects instead of throwing.
function runPromiseOf(opFn, ...args) {
  try {
    return runPromise(opFn(...args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// A Call that waits ms on the async paths and returns at once on the sync one
// (rm's retries: a synchronous caller cannot yield the thread anyway).
function sleepFn(ms, req) {
  if (req === undefined) return 0;
  setTimeout(() => req.oncomplete(0), ms);
  return undefined;
}
function sleep(ms) {
  return new Call(sleepFn, [ms], 'sleep');
}

function pendingRequestCount() {
  return activeRequests.size;
}

function pendingRequests() {
  return [...activeRequests];
}

module.exports = {
  Call, FSReqCallback, callError, kPromiseDone, pendingRequestCount, pendingRequests, runSync, runCallback, runCallbackFrom, runPromise, runPromiseOf, sleep,
  syncIO, warnSyncIO,
};
