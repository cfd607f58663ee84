'use strict';
// An async describe() that awaits: suites and tests declared after the await
// still belong to it, and run once its body has settled.
require('../common');
const assert = require('assert');
const { describe, it, after } = require('node:test');

const order = [];
describe('outer', async () => {
  await describe('first', async () => {
    await it('a', () => order.push('a'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await it('b', (t) => { order.push(`b in ${t.fullName}`); });
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  it('c', (t) => { order.push(`c in ${t.fullName}`); });
});
after(() => assert.deepStrictEqual(order, ['a', 'b in outer > first > b', 'c in outer > c']));
