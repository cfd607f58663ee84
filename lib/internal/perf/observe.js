'use strict';
// Performance entries and PerformanceObserver: the buffer of marks and measures
// that performance.getEntries* reads, and delivery of new entries to observers,
// batched into one setImmediate per turn as node does.

const { codes } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);
// Resource entries are buffered by internal/perf/resource_timing, within its limit.
const kBuffered = new Set(['mark', 'measure']);
const kConstruct = Symbol('kConstruct');

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(key, name, type, start, duration, detail) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  get detail() { return this.#detail; }

  toJSON() {
    return {
      name: this.#name, entryType: this.#type, startTime: this.#start,
      duration: this.#duration, detail: this.#detail,
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry', configurable: true,
});

// The buffer behind getEntries*: marks and measures in insertion order.
let buffer = [];

function filterEntries(entries, name, type) {
  let list = entries;
  if (name !== undefined) list = list.filter((e) => e.name === name);
  if (type !== undefined) list = list.filter((e) => e.entryType === type);
  return list.sort((a, b) => a.startTime - b.startTime);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(key, entries) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries;
  }

  getEntries() {
    return filterEntries([...this.#entries]);
  }

  getEntriesByType(type) {
    return filterEntries([...this.#entries], undefined, `${type}`);
  }

  getEntriesByName(name, type) {
    return filterEntries([...this.#entries], `${name}`, type === undefined ? undefined : `${type}`);
  }
}

const observers = new Set();
const pending = new Set();
let flushScheduled = false;

function flush() {
  flushScheduled = false;
  const due = [...pending];
  pending.clear();
  for (const observer of due) observer.deliver();
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #queue = [];
  #mode = undefined; // 'multiple' (entryTypes) or 'single' (type)

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new codes.ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes !== undefined && type !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (this.#mode === 'single') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
          'options.entryTypes can not set with options.type together');
      }
      if (!Array.isArray(entryTypes)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#mode = 'multiple';
      this.#types.clear();
      for (const t of entryTypes) {
        if (kSupportedEntryTypes.includes(t)) this.#types.add(t);
      }
    } else {
      if (this.#mode === 'multiple') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.type', type,
          'options.entryTypes can not set with options.type together');
      }
      this.#mode = 'single';
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const existing = buffer.filter((e) => e.entryType === type);
        if (existing.length > 0) {
          this.#queue.push(...existing);
          schedule(this);
        }
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#queue = [];
    this.#types.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#queue;
    this.#queue = [];
    return list;
  }

  wants(type) {
    return this.#types.has(type);
  }

  enqueue(entry) {
    this.#queue.push(entry);
    schedule(this);
  }

  deliver() {
    if (this.#queue.length === 0) return;
    const list = new PerformanceObserverEntryList(kConstruct, this.takeRecords());
    this.#callback.call(this, list, this);
  }
}

function schedule(observer) {
  pending.add(observer);
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
}

// Hands a new entry to the observers that want its type, and keeps marks and
// measures in the buffer.
function enqueue(entry) {
  if (kBuffered.has(entry.entryType)) buffer.push(entry);
  for (const observer of observers) {
    if (observer.wants(entry.entryType)) observer.enqueue(entry);
  }
}

function hasObserver(type) {
  if (observers.size === 0) return false;
  for (const observer of observers) {
    if (observer.wants(type)) return true;
  }
  return false;
}

function bufferEntry(entry) {
  buffer.push(entry);
}

function getBuffer() {
  return buffer;
}

function clearEntries(type, name) {
  buffer = buffer.filter((e) => e.entryType !== type || (name !== undefined && e.name !== name));
}

module.exports = {
  bufferEntry,
  PerformanceEntry,
  PerformanceObserver,
  PerformanceObserverEntryList,
  clearEntries,
  enqueue,
  filterEntries,
  getBuffer,
  hasObserver,
  kConstruct,
};
