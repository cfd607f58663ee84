'use strict';
// createTracing keeps node's bookkeeping: categories, enable/disable,
// getEnabledCategories, and its argument checks.
require('../common');
const assert = require('node:assert');
const tmpdir = require('../common/tmpdir');

// node writes node_trace.*.log into the working directory while tracing is enabled.
tmpdir.refresh();
process.chdir(tmpdir.path);
const { createTracing, getEnabledCategories } = require('node:trace_events');

const tracing = createTracing({ categories: ['node.perf', 'v8'] });
assert.strictEqual(tracing.enabled, false);
assert.strictEqual(tracing.categories, 'node.perf,v8');
assert.strictEqual(getEnabledCategories(), undefined);
tracing.enable();
assert.strictEqual(tracing.enabled, true);
assert.strictEqual(getEnabledCategories(), 'node.perf,v8');
tracing.disable();
assert.strictEqual(getEnabledCategories(), undefined);
assert.throws(() => createTracing({ categories: [] }), {
  code: 'ERR_TRACE_EVENTS_CATEGORY_REQUIRED', message: 'At least one category is required',
});
assert.throws(() => createTracing({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.categories" property must be an instance of Array. Received undefined',
});
