'use strict';
// node:trace_events: Tracing objects turn categories of the process's trace on and
// off at run time (src/runtime/trace_agent.h records them, with the command line's
// --trace-event-categories). As in node, the trace belongs to the process: a
// worker cannot load this module.

const { codes } = require('internal/errors');
const { validateObject, validateStringArray } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

if (!internalBinding('worker').isMainThread) throw new codes.ERR_TRACE_EVENTS_UNAVAILABLE();

const traceState = require('internal/trace_events/state');

const enabledTracings = new Set();

class Tracing {
  #categories;
  #enabled = false;

  constructor(categories) {
    this.#categories = categories;
  }

  enable() {
    if (!this.#enabled) {
      this.#enabled = true;
      enabledTracings.add(this);
      updateCategories();
    }
  }

  disable() {
    if (this.#enabled) {
      this.#enabled = false;
      enabledTracings.delete(this);
      updateCategories();
    }
  }

  get enabled() {
    return this.#enabled;
  }

  get categories() {
    return this.#categories.join(',');
  }

  [customInspectSymbol](depth, options, inspect) {
    return `Tracing ${inspect({ enabled: this.enabled, categories: this.categories }, options)}`;
  }
}

function createTracing(options) {
  validateObject(options, 'options');
  if (!Array.isArray(options.categories)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.categories', 'Array', options.categories);
  }
  validateStringArray(options.categories, 'options.categories');
  if (options.categories.length <= 0) throw new codes.ERR_TRACE_EVENTS_CATEGORY_REQUIRED();
  return new Tracing([...options.categories]);
}

// Hands the union of the enabled Tracing objects' categories to the recorder.
function updateCategories() {
  const categories = new Set();
  for (const tracing of enabledTracings) {
    for (const c of tracing.categories.split(',')) categories.add(c);
  }
  traceState.setDynamicCategories([...categories].join(','));
  // node.async_hooks spans follow the category (a hook made on first use).
  require('internal/trace_events/async_hooks').refresh();
}

// The categories recorded now: the command line's and the enabled Tracing
// objects'; undefined when none.
function getEnabledCategories() {
  const categories = traceState.enabledCategories();
  return categories === '' ? undefined : categories;
}

module.exports = { createTracing, getEnabledCategories };
