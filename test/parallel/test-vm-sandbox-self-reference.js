'use strict';
// Inside a context, a sandbox property whose value is the sandbox itself reads
// as the context's global (node's `window === this`).
require('../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext();
ctx.window = ctx;
assert.strictEqual(vm.runInContext('window === this', ctx), true);
assert.strictEqual(vm.runInContext('this', ctx), vm.runInContext('window', ctx));

const sandbox = { document: {} };
sandbox.document.defaultView = sandbox;
vm.createContext(sandbox);
vm.runInContext(`
  Object.defineProperty(this, 'view', { get() { return document.defaultView; } });
  var same = view === this;
  var viaDocument = document.defaultView === this;
`, sandbox);
assert.strictEqual(sandbox.same, true);
// Only the global's own properties are mapped; deeper references stay the sandbox.
assert.strictEqual(sandbox.viaDocument, false);
assert.strictEqual(sandbox.window, undefined);
