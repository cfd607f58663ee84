'use strict';
// perf_hooks histograms: createHistogram's RecordableHistogram and
// monitorEventLoopDelay's IntervalHistogram. Values are kept exactly (a count per
// distinct value, internal/perf/histogram_store) rather than in HdrHistogram
// buckets: percentiles are exact, and the number of distinct values a process
// records stays small in practice.

const { codes } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const { kClone, kDeserialize } = require('internal/worker/js_transferable');
const { LocalStore, SharedStore, kEmptyMin } = require('internal/perf/histogram_store');

const kRecord = Symbol('kRecord');
const kStore = Symbol('kStore');
// Histograms are made by createHistogram()/monitorEventLoopDelay() only.
const kConstruct = Symbol('kConstruct');

class Histogram {
  #store;

  // store: the values of the histogram this one is a copy of (see kDeserialize).
  constructor(key, lowest = 1, highest = Number.MAX_SAFE_INTEGER, store = undefined) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#store = store ?? new LocalStore(lowest, highest);
  }

  [kRecord](value) {
    this.#store.record(value, 1);
  }

  [kStore]() {
    return this.#store;
  }

  get count() { return this.#store.count; }
  get countBigInt() { return BigInt(this.count); }
  get min() { return this.#store.min; }
  // The empty minimum is INT64_MAX, which a double cannot hold exactly.
  get minBigInt() {
    const min = this.min;
    return min === kEmptyMin && this.count === 0 ? 9223372036854775807n : BigInt(min);
  }
  get max() { return this.#store.max; }
  get maxBigInt() { return BigInt(this.max); }
  get exceeds() { return this.#store.exceeds; }
  get exceedsBigInt() { return BigInt(this.exceeds); }

  get mean() {
    const count = this.count;
    return count === 0 ? NaN : this.#store.sum / count;
  }

  get stddev() {
    const count = this.count;
    if (count === 0) return NaN;
    const mean = this.#store.sum / count;
    return Math.sqrt(Math.max(0, this.#store.sumSquares / count - mean * mean));
  }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    const { entries, count, max } = this.#store.snapshot();
    if (count === 0) return 0;
    const wanted = Math.max(1, Math.ceil((percentile / 100) * count));
    let seen = 0;
    for (const [value, n] of entries) {
      seen += n;
      if (seen >= wanted) return value;
    }
    return max;
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const map = new Map();
    const { entries, count, max } = this.#store.snapshot();
    if (count === 0) {
      map.set(100, 0);
      return map;
    }
    // HdrHistogram's percentile iteration (one tick per half distance), as node
    // reports it: 0, 50, 75, 87.5, ... while values remain, then 100.
    let seen = 0;
    let next = 0;
    for (const [value, n] of entries) {
      seen += n;
      const reached = (100 * seen) / count;
      while (next <= reached) {
        map.set(next, value);
        if (seen === count) break;
        const ticks = 2 ** (Math.trunc(Math.log2(100 / (100 - next))) + 1);
        next += 100 / ticks;
      }
      if (seen === count) break;
    }
    map.set(100, max);
    return map;
  }

  get percentilesBigInt() {
    const map = new Map();
    for (const [k, v] of this.percentiles) map.set(k, BigInt(v));
    return map;
  }

  reset() {
    this.#store.reset();
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean,
      exceeds: this.exceeds, stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return `[${this.constructor === IntervalHistogram ? 'ELDHistogram' : this.constructor.name}]`;
    const { min, max, mean, exceeds, stddev, count, percentiles } = this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({ min, max, mean, exceeds, stddev, count, percentiles }, opts)}`;
  }

  // Merges another histogram's values in (RecordableHistogram#add): read from it
  // first, then written here, so no thread holds both locks.
  merge(other) {
    const { entries, exceeds } = other.#store.snapshot();
    for (const [value, n] of entries) this.#store.record(value, n);
    this.#store.addExceeds(exceeds);
  }

  // Copied to other threads and by structuredClone(): the copy shares the values.
  // A monitorEventLoopDelay() histogram is copied as a plain Histogram (it cannot
  // be enabled there), as in node.
  [kClone]() {
    const name = this instanceof RecordableHistogram ? 'RecordableHistogram' : 'Histogram';
    if (this.#store instanceof LocalStore) this.#store = this.#store.toShared();
    return { data: { buffer: this.#store.buffer }, deserializeInfo: `internal/perf/histogram:${name}` };
  }

  [kDeserialize]({ buffer }) {
    const Class = this instanceof RecordableHistogram ? RecordableHistogram : Histogram;
    return new Class(kConstruct, undefined, undefined, new SharedStore(undefined, undefined, buffer));
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    else validateInteger(val, 'val', 1);
    if (val < 1) throw new codes.ERR_OUT_OF_RANGE('val', '>= 1', val);
    this[kRecord](val);
  }

  recordDelta() {
    // The last time is kept with the values: a copy's recordDelta() follows the
    // original's, as in node.
    const delta = this[kStore]().delta(Number(process.hrtime.bigint()));
    if (delta !== undefined) this[kRecord](Math.max(1, delta));
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new codes.ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this.merge(other);
  }
}

// Samples the event loop's lateness every `resolution` ms with an unref'd
// interval: the delay recorded is how late the interval fired, in nanoseconds.
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;
  #expected = 0;

  constructor(key, resolution) {
    super(key);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    this.#expected = performanceNow() + this.#resolution;
    this.#timer = setInterval(() => {
      const now = performanceNow();
      this[kRecord](Math.max(1, Math.round((now - this.#expected) * 1e6)));
      this.#expected = now + this.#resolution;
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

function performanceNow() {
  return internalBinding('perf').now();
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstruct, Number(lowest), Number(highest));
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstruct, resolution);
}

module.exports = {
  Histogram,
  RecordableHistogram,
  IntervalHistogram,
  createHistogram,
  monitorEventLoopDelay,
};
