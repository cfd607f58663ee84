'use strict';
// A top-level before() hook runs when it is registered, before the suites declared
// after it are built; the tests wait for it.
require('../common');
const assert = require('assert');
const { before, describe, it } = require('node:test');

const order = [];
before(() => order.push('before'));
order.push('registered');
describe('suite', () => {
  order.push('build');
  it('test', () => {
    order.push('test');
    assert.deepStrictEqual(order, ['before', 'registered', 'build', 'test']);
  });
});
