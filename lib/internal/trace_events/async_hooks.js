'use strict';
// node.async_hooks in the trace, as node records it: each async resource as an
// async span named by its type, from its init ('b', with the execution and trigger
// ids) to its destroy ('e'), and each of its callbacks as a span named
// "<type>_CALLBACK" from before ('b') to after ('e'); the resource's async id is
// the spans' id. An async hook, made the first time the category is on.

const { isEnabled, trace, onCategoriesChange } = require('internal/trace_events/state');

const kGroup = 'node,node.async_hooks';
const types = new Map(); // async id -> type, while the resource lives
let hook = null;
let listening = false;

function makeHook() {
  const { createHook, executionAsyncId } = require('async_hooks');
  return createHook({
    init(asyncId, type, triggerAsyncId) {
      types.set(asyncId, type);
      trace('b', kGroup, type, asyncId, { data: { executionAsyncId: executionAsyncId(), triggerAsyncId } });
    },
    before(asyncId) {
      const type = types.get(asyncId);
      if (type !== undefined) trace('b', kGroup, `${type}_CALLBACK`, asyncId);
    },
    after(asyncId) {
      const type = types.get(asyncId);
      if (type !== undefined) trace('e', kGroup, `${type}_CALLBACK`, asyncId);
    },
    destroy(asyncId) {
      const type = types.get(asyncId);
      if (type === undefined) return;
      types.delete(asyncId);
      trace('e', kGroup, type, asyncId);
    },
  });
}

// Enables or disables the hook to match the category; called at start-up and
// whenever node:trace_events changes the categories.
function refresh() {
  if (!listening) {
    listening = true;
    onCategoriesChange(refresh);
  }
  if (isEnabled(kGroup)) {
    hook ??= makeHook();
    hook.enable();
  } else if (hook !== null) {
    hook.disable();
  }
}

module.exports = { refresh };
