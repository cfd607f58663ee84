'use strict';
// The three flavours of every fs operation from one definition. An operation is a
// generator that validates its arguments, then yields each syscall as a Call and
// receives its result (or has the system error thrown into it at the yield), and
// returns the operation's value. runSync drives it on the caller's stack;
// runCallback and runPromise drive it with the same native functions given a
// request object, so each syscall runs on libuv's thread pool.

const { uvException } = require('internal/errors');

// One syscall: fn(...args, req?) where a missing req means synchronous. syscall,
// path and dest name it in the error.
class Call {
  constructor(fn, args, syscall, path, dest) {
    this.fn = fn;
    this.args = args;
    this.syscall = syscall;
    this.path = path;
    this.dest = dest;
  }

  error(errno) {
    return uvException({ errno, syscall: this.syscall, path: this.path, dest: this.dest });
  }
}

function isError(r) {
  return typeof r === 'number' && r < 0;
}

function runSync(gen) {
  let step = gen.next();
  while (!step.done) {
    const call = step.value;
    const r = call.fn(...call.args);
    step = isError(r) ? gen.throw(call.error(r)) : gen.next(r);
  }
  return step.value;
}

// The request object of one in-flight call; the binding calls oncomplete(result).
class FSReq {
  constructor(gen, call, done) {
    this.gen = gen;
    this.call = call;
    this.done = done;
  }

  oncomplete(r) {
    const { gen, done } = this;
    let step;
    try {
      step = isError(r) ? gen.throw(this.call.error(r)) : gen.next(r);
    } catch (err) {
      done(err);
      return;
    }
    advance(gen, step, done);
  }
}

function advance(gen, step, done) {
  if (step.done) {
    done(null, step.value);
    return;
  }
  const call = step.value;
  const req = new FSReq(gen, call, done);
  const r = call.fn(...call.args, req);
  // A call libuv refused before queueing completes on the next tick instead.
  if (r !== undefined) process.nextTick(() => req.oncomplete(r));
}

// Validation errors (thrown before the first yield) are thrown to the caller, as
// node's callback API does; everything later goes to done(err).
function runCallback(gen, done) {
  runCallbackFrom(gen, gen.next(), done);
}

// The same, from a first step the caller already took (to validate before its
// callback check).
function runCallbackFrom(gen, first, done) {
  // An operation that finishes without a syscall still calls back asynchronously.
  if (first.done) process.nextTick(done, null, first.value);
  else advance(gen, first, done);
}

function runPromise(gen) {
  return new Promise((resolve, reject) => {
    advance(gen, gen.next(), (err, value) => (err ? reject(err) : resolve(value)));
  });
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

module.exports = { Call, runSync, runCallback, runCallbackFrom, runPromise, sleep };
