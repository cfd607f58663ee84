'use strict';
// Cached data made for a script is accepted for the same source and rejected for
// another of a different length; produceCachedData fills script.cachedData.
require('../common');
const assert = require('assert');
const { Script } = require('vm');

const source = 'function x() { return 42; } x();';
const script = new Script(source);
const data = script.createCachedData();
assert(Buffer.isBuffer(data));
assert(data.length > 0);
assert.strictEqual(new Script(source, { cachedData: data }).cachedDataRejected, false);
assert.strictEqual(new Script('(function other() { return "other"; })', {
  cachedData: new Script('(function one() { return "one"; })').createCachedData(),
}).cachedDataRejected, true);
assert.strictEqual(new Script(source, { cachedData: new Uint8Array(data) }).cachedDataRejected,
                   false);
assert.strictEqual(new Script(source).cachedDataRejected, undefined);

const produced = new Script(source, { produceCachedData: true });
assert.strictEqual(produced.cachedDataProduced, true);
assert(Buffer.isBuffer(produced.cachedData));
assert.strictEqual(new Script(source, { cachedData: produced.cachedData }).runInThisContext(), 42);
