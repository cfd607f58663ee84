'use strict';
// util.inspect and util.format keep working when a program replaces built-ins they use.
require('../common');
const assert = require('assert');
const util = require('util');

Object.keys = () => { throw new Error('patched'); };
Object.getOwnPropertyNames = () => { throw new Error('patched'); };
Array.isArray = () => false;
Math.min = () => 0;
assert.strictEqual(util.inspect({}), '{}');
assert.strictEqual(util.inspect({ a: [1, 2, 3], b: new Map([[1, 2]]) }),
                   '{ a: [ 1, 2, 3 ], b: Map(1) { 1 => 2 } }');
assert.strictEqual(util.format('%d %s %j', 1, { x: 1 }, [2]), '1 { x: 1 } [2]');
assert.strictEqual(util.inspect(new Error('e')).split('\n')[0], 'Error: e');
