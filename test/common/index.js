'use strict';
// eddy's test helpers, with the names node's own test/common uses, so tests read
// the same. Every helper here must behave the same under node 24 and eddy.

const assert = require('assert');

const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((c) =>
    ('minimum' in c ? c.actual < c.minimum : c.actual !== c.exact));
  for (const c of failed) {
    const want = 'minimum' in c ? `at least ${c.minimum}` : `exactly ${c.exact}`;
    console.error(`Mismatched ${c.name} function calls. Expected ${want}, actual ${c.actual}.\n${c.stack}`);
  }
  if (failed.length) process.exit(1);
}

function makeCheck(fn, field, count) {
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  const check = {
    [field]: count,
    actual: 0,
    name: fn.name || '<anonymous>',
    stack: new Error().stack.split('\n').slice(2).join('\n'),
  };
  mustCallChecks.push(check);
  const wrapped = function(...args) {
    check.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return wrapped;
}

const noop = () => {};

function mustCall(fn, exact) {
  if (typeof fn === 'number') {
    exact = fn;
    fn = noop;
  }
  return makeCheck(fn ?? noop, 'exact', exact ?? 1);
}

function mustCallAtLeast(fn, minimum) {
  if (typeof fn === 'number') {
    minimum = fn;
    fn = noop;
  }
  return makeCheck(fn ?? noop, 'minimum', minimum ?? 1);
}

function mustNotCall(msg) {
  return function mustNotCall(...args) {
    assert.fail(`${msg || 'function should not have been called'} (called with ${args.length} args)`);
  };
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

// A validator for assert.throws that also checks the error's own fields.
function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail('Expected one argument');
    const err = args[0];
    for (const [key, value] of Object.entries(validator)) {
      if (value instanceof RegExp) assert.match(String(err[key]), value, key);
      else assert.strictEqual(err[key], value, key);
    }
    return true;
  }, exact);
}

function platformTimeout(ms) {
  return ms;
}

function skip(msg) {
  process._rawDebug?.(`1..0 # Skipped: ${msg}`);
  console.log(`1..0 # Skipped: ${msg}`);
}

// The runtime under test: 'eddy' or 'node'.
const runtime = process.versions.eddy ? 'eddy' : 'node';

module.exports = {
  expectsError,
  isWindows: process.platform === 'win32',
  isLinux: process.platform === 'linux',
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  platformTimeout,
  runtime,
  skip,
};
