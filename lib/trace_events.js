'use strict';
// node:trace_events. eddy has no trace-event recorder (node writes Chrome trace
// files from V8's and its own instrumentation): Tracing objects keep node's
// bookkeeping — enabled flags, categories, getEnabledCategories() — but no trace
// file is ever written.

const { codes } = require('internal/errors');
const { validateObject, validateStringArray } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

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
    }
  }

  disable() {
    if (this.#enabled) {
      this.#enabled = false;
      enabledTracings.delete(this);
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

function getEnabledCategories() {
  const categories = new Set();
  for (const tracing of enabledTracings) {
    for (const c of tracing.categories.split(',')) categories.add(c);
  }
  return categories.size === 0 ? undefined : [...categories].join(',');
}

module.exports = { createTracing, getEnabledCategories };
