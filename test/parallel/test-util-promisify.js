'use strict';
// util.promisify: resolves with the first callback value, rejects with the error,
// honours util.promisify.custom, keeps the original's name and properties.
const common = require('../common');
const assert = require('assert');
const util = require('util');

function cbStyle(a, b, cb) {
  setImmediate(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b, 'ignored')));
}
cbStyle.extra = 'kept';
const p = util.promisify(cbStyle);
assert.strictEqual(p.name, 'cbStyle');
assert.strictEqual(p.extra, 'kept');
assert.strictEqual(p[util.promisify.custom], p);
assert.strictEqual(util.promisify(p), p);
p(1, 2).then(common.mustCall((v) => assert.strictEqual(v, 3)));
p(-1, 2).catch(common.mustCall((e) => assert.strictEqual(e.message, 'negative')));

function withCustom() {}
const custom = () => Promise.resolve('custom');
withCustom[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(withCustom), custom);
assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

const bad = () => {};
bad[util.promisify.custom] = 'not a function';
assert.throws(() => util.promisify(bad), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type string (\'not a function\')',
});
for (const v of [1, 'x', null, {}]) {
  assert.throws(() => util.promisify(v), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => util.promisify(1), {
  message: 'The "original" argument must be of type function. Received type number (1)',
});

const obj = { value: 7, get(cb) { cb(null, this.value); } };
util.promisify(obj.get).call(obj).then(common.mustCall((v) => assert.strictEqual(v, 7)));
