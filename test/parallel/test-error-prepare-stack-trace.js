'use strict';
// Error.prepareStackTrace shapes `new Error().stack` — the way the callsites and
// source-map-support packages use it — and unsetting it restores the default.
require('../common');
const assert = require('assert');

function callsites() {
  const saved = Error.prepareStackTrace;
  try {
    let result = [];
    Error.prepareStackTrace = (_, callSites) => {
      result = callSites.slice(1);
      return result;
    };
    new Error().stack; // eslint-disable-line no-unused-expressions
    return result;
  } finally {
    Error.prepareStackTrace = saved;
  }
}

function whoCalls() { return callsites(); }
const sites = whoCalls();
assert.strictEqual(sites[0].getFunctionName(), 'whoCalls');
assert.strictEqual(sites[0].getFileName(), __filename);
const defaultPrepare = Error.prepareStackTrace;
assert.strictEqual(typeof defaultPrepare, 'function');

Error.prepareStackTrace = (err, frames) => `${err.message}|${frames.length > 0}`;
const e = new Error('hello');
assert.strictEqual(e.stack, 'hello|true');
assert.ok(e instanceof Error);
Error.prepareStackTrace = defaultPrepare;
assert.match(new Error('plain').stack, /plain/);
