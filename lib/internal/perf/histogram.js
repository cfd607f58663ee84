'use strict';
// perf_hooks histograms: createHistogram's RecordableHistogram and
// monitorEventLoopDelay's IntervalHistogram. Values are kept exactly (a count per
// distinct value) rather than in HdrHistogram buckets: percentiles are exact, and
// the number of distinct values a process records stays small in practice.

const { codes } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const kRecord = Symbol('kRecord');
// Histograms are made by createHistogram()/monitorEventLoopDelay() only.
const kConstruct = Symbol('kConstruct');

class Histogram {
  #counts = new Map();
  #count = 0;
  #min = 9223372036854776000;
  #max = 0;
  #sum = 0;
  #sumSquares = 0;
  #exceeds = 0;
  #lowest;
  #highest;

  constructor(key, lowest = 1, highest = Number.MAX_SAFE_INTEGER) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#lowest = lowest;
    this.#highest = highest;
  }

  [kRecord](value) {
    if (value < this.#lowest || value > this.#highest) {
      this.#exceeds++;
      return;
    }
    this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1);
    this.#count++;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
    this.#sum += value;
    this.#sumSquares += value * value;
  }

  get count() { return this.#count; }
  get countBigInt() { return BigInt(this.#count); }
  get min() { return this.#min; }
  // The empty minimum is INT64_MAX, which a double cannot hold exactly.
  get minBigInt() { return this.#count === 0 && this.#min === 9223372036854776000 ? 9223372036854775807n : BigInt(this.#min); }
  get max() { return this.#max; }
  get maxBigInt() { return BigInt(this.#max); }
  get exceeds() { return this.#exceeds; }
  get exceedsBigInt() { return BigInt(this.#exceeds); }

  get mean() {
    return this.#count === 0 ? NaN : this.#sum / this.#count;
  }

  get stddev() {
    if (this.#count === 0) return NaN;
    const mean = this.#sum / this.#count;
    return Math.sqrt(Math.max(0, this.#sumSquares / this.#count - mean * mean));
  }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    if (this.#count === 0) return 0;
    const sorted = [...this.#counts.keys()].sort((a, b) => a - b);
    const wanted = Math.max(1, Math.ceil((percentile / 100) * this.#count));
    let seen = 0;
    for (const value of sorted) {
      seen += this.#counts.get(value);
      if (seen >= wanted) return value;
    }
    return this.#max;
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const map = new Map();
    if (this.#count === 0) {
      map.set(100, 0);
      return map;
    }
    // HdrHistogram's percentile iteration (one tick per half distance), as node
    // reports it: 0, 50, 75, 87.5, ... while values remain, then 100.
    const sorted = [...this.#counts.keys()].sort((a, b) => a - b);
    let seen = 0;
    let next = 0;
    for (const value of sorted) {
      seen += this.#counts.get(value);
      const reached = (100 * seen) / this.#count;
      while (next <= reached) {
        map.set(next, value);
        if (seen === this.#count) break;
        const ticks = 2 ** (Math.trunc(Math.log2(100 / (100 - next))) + 1);
        next += 100 / ticks;
      }
      if (seen === this.#count) break;
    }
    map.set(100, this.#max);
    return map;
  }

  get percentilesBigInt() {
    const map = new Map();
    for (const [k, v] of this.percentiles) map.set(k, BigInt(v));
    return map;
  }

  reset() {
    this.#counts.clear();
    this.#count = 0;
    this.#min = 9223372036854776000;
    this.#max = 0;
    this.#sum = 0;
    this.#sumSquares = 0;
    this.#exceeds = 0;
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

  // Merges another histogram's values in (RecordableHistogram#add).
  merge(other) {
    for (const [value, n] of other.#counts) {
      for (let i = 0; i < n; i++) this[kRecord](value);
    }
    this.#exceeds += other.#exceeds;
  }
}

class RecordableHistogram extends Histogram {
  #prev = 0;

  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    else validateInteger(val, 'val', 1);
    if (val < 1) throw new codes.ERR_OUT_OF_RANGE('val', '>= 1', val);
    this[kRecord](val);
  }

  recordDelta() {
    const now = Number(process.hrtime.bigint());
    if (this.#prev !== 0) this[kRecord](Math.max(1, now - this.#prev));
    this.#prev = now;
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
