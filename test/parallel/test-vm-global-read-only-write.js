'use strict';
// A write from inside a context to a read-only value of its sandbox changes
// nothing: sloppy code goes on, strict code gets a TypeError. An accessor without
// a setter refuses silently in both.
require('../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext();
vm.runInContext('Object.defineProperty(this, "x", { value: 42 })', ctx);
assert.strictEqual(ctx.x, 42);
vm.runInContext('x = 0', ctx);
assert.strictEqual(vm.runInContext('x', ctx), 42);
assert.throws(() => vm.runInContext('"use strict"; x = 0', ctx), { name: 'TypeError' });
assert.strictEqual(vm.runInContext('x', ctx), 42);
assert.strictEqual(ctx.x, 42);

const sandbox = {
  get onlyGet() { return 1; },
  writable: 1,
};
Object.defineProperty(sandbox, 'fixed', { value: 'f', writable: false, configurable: true });
vm.createContext(sandbox);
vm.runInContext('"use strict"; onlyGet = 5; writable = 2;', sandbox);
assert.strictEqual(sandbox.onlyGet, 1);
assert.strictEqual(sandbox.writable, 2);
assert.throws(() => vm.runInContext('"use strict"; fixed = 1', sandbox), { name: 'TypeError' });

// Once the sandbox makes it writable again, the write goes through.
Object.defineProperty(sandbox, 'fixed', { value: 'g', writable: true, configurable: true });
vm.runInContext('"use strict"; fixed = "h"', sandbox);
assert.strictEqual(sandbox.fixed, 'h');
assert.strictEqual(vm.runInContext('fixed', sandbox), 'h');
