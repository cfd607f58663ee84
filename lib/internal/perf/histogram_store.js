'use strict';
// The values of a perf_hooks histogram. Values are kept exactly: a count per
// distinct value. A histogram keeps them in a LocalStore (plain JS objects) until
// it is first copied (sent to another thread, or by structuredClone()); then they
// move to a SharedStore, a growable SharedArrayBuffer that every copy records into
// and reads, as in node, where the copies share one native histogram. (Typed arrays
// over a growable buffer cost JSC 2-4x more per access: measured, so a histogram
// that is never copied does not pay for them.)
//
// SharedStore's layout, in 8-byte slots: the Int32 lock, capacity, number of
// distinct values and the slot where the table starts; then count, min, max, sum,
// sum of squares, exceeds, lowest, highest and the last recordDelta() time; then an
// open-addressing table, two slots (value, count) per entry (a value is at least 1,
// so 0 marks a free slot). Growing doubles the table into new room at the buffer's
// end (the old table's room is not reused). Every access holds the lock.

const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;

const kLock = 0; // Int32 indexes
const kCapacity = 1;
const kUsed = 2;
const kTable = 3;
const kCount = 2; // Float64 indexes
const kMin = 3;
const kMax = 4;
const kSum = 5;
const kSumSquares = 6;
const kExceeds = 7;
const kLowest = 8;
const kHighest = 9;
const kPrevDelta = 10;
const kHeaderSlots = 12;
const kInitialCapacity = 16;
const kMaxBytes = 2 ** 31; // address space reserved: some 40 million distinct values
// The empty minimum is INT64_MAX as a double, as node reports it.
const kEmptyMin = 9223372036854776000;

class SharedStore {
  constructor(lowest, highest, buffer) {
    if (buffer === undefined) {
      buffer = new SharedArrayBuffer((kHeaderSlots + 2 * kInitialCapacity) * 8, { maxByteLength: kMaxBytes });
      const i32 = new Int32Array(buffer);
      const f64 = new Float64Array(buffer);
      i32[kCapacity] = kInitialCapacity;
      i32[kTable] = kHeaderSlots;
      f64[kMin] = kEmptyMin;
      f64[kLowest] = lowest;
      f64[kHighest] = highest;
    }
    this.buffer = buffer;
    // Views that follow the buffer as it grows.
    this.i32 = new Int32Array(buffer);
    this.f64 = new Float64Array(buffer);
    // (Fixed once made: read without the lock.)
    this.lowest = this.f64[kLowest];
    this.highest = this.f64[kHighest];
  }

  lock() {
    while (Atomics.compareExchange(this.i32, kLock, 0, 1) !== 0);
  }

  unlock() {
    Atomics.store(this.i32, kLock, 0);
  }

  // Reads slot i of the statistics under the lock.
  stat(i) {
    this.lock();
    const value = this.f64[i];
    this.unlock();
    return value;
  }

  get count() { return this.stat(kCount); }
  get min() { return this.stat(kMin); }
  get max() { return this.stat(kMax); }
  get exceeds() { return this.stat(kExceeds); }
  get sum() { return this.stat(kSum); }
  get sumSquares() { return this.stat(kSumSquares); }

  record(value, times) {
    const f64 = this.f64;
    if (value < this.lowest || value > this.highest) {
      this.lock();
      f64[kExceeds] += times;
      this.unlock();
      return;
    }
    this.lock();
    this.addToTable(value, times); // (unlocks before it throws)
    f64[kCount] += times;
    if (value < f64[kMin]) f64[kMin] = value;
    if (value > f64[kMax]) f64[kMax] = value;
    f64[kSum] += value * times;
    f64[kSumSquares] += value * value * times;
    this.unlock();
  }

  addExceeds(n) {
    this.lock();
    this.f64[kExceeds] += n;
    this.unlock();
  }

  // recordDelta(): the time since the last call (now, in ns), or undefined the first
  // time.
  delta(now) {
    this.lock();
    const prev = this.f64[kPrevDelta];
    this.f64[kPrevDelta] = now;
    this.unlock();
    return prev === 0 ? undefined : now - prev;
  }

  // (Lock held.)
  addToTable(value, times) {
    const i32 = this.i32;
    if ((i32[kUsed] + 1) * 2 > i32[kCapacity]) this.growTable();
    const slot = this.find(value);
    const f64 = this.f64;
    if (f64[slot] === 0) {
      f64[slot] = value;
      i32[kUsed]++;
    }
    f64[slot + 1] += times;
  }

  // The slot of value in the table, or of the free entry where it belongs.
  find(value) {
    const f64 = this.f64;
    const capacity = this.i32[kCapacity];
    const table = this.i32[kTable];
    let i = hash(value) & (capacity - 1);
    for (;;) {
      const slot = table + 2 * i;
      const v = f64[slot];
      if (v === value || v === 0) return slot;
      i = (i + 1) & (capacity - 1);
    }
  }

  growTable() {
    const i32 = this.i32;
    const capacity = i32[kCapacity];
    const newCapacity = capacity * 2;
    const oldTable = i32[kTable];
    const newTable = this.buffer.byteLength / 8;
    const bytes = (newTable + 2 * newCapacity) * 8;
    if (bytes > this.buffer.maxByteLength) {
      this.unlock();
      throw new ERR_OUT_OF_RANGE('the number of distinct values', `at most ${capacity / 2}`, capacity / 2 + 1);
    }
    this.buffer.grow(bytes);
    i32[kCapacity] = newCapacity;
    i32[kTable] = newTable;
    const f64 = this.f64;
    for (let i = 0; i < capacity; i++) {
      const value = f64[oldTable + 2 * i];
      if (value === 0) continue;
      const slot = this.find(value);
      f64[slot] = value;
      f64[slot + 1] = f64[oldTable + 2 * i + 1];
    }
  }

  // [values sorted ascending, their counts], and the statistics, read at one time.
  snapshot() {
    this.lock();
    try {
      const f64 = this.f64;
      const capacity = this.i32[kCapacity];
      const table = this.i32[kTable];
      const entries = [];
      for (let i = 0; i < capacity; i++) {
        const value = f64[table + 2 * i];
        if (value !== 0) entries.push([value, f64[table + 2 * i + 1]]);
      }
      entries.sort((a, b) => a[0] - b[0]);
      return { entries, count: f64[kCount], max: f64[kMax], exceeds: f64[kExceeds] };
    } finally {
      this.unlock();
    }
  }

  reset() {
    this.lock();
    const f64 = this.f64;
    const capacity = this.i32[kCapacity];
    const table = this.i32[kTable];
    f64.fill(0, table, table + 2 * capacity);
    this.i32[kUsed] = 0;
    f64[kCount] = 0;
    f64[kMin] = kEmptyMin;
    f64[kMax] = 0;
    f64[kSum] = 0;
    f64[kSumSquares] = 0;
    f64[kExceeds] = 0;
    this.unlock();
  }
}

class LocalStore {
  constructor(lowest, highest) {
    this.lowest = lowest;
    this.highest = highest;
    this.counts = new Map();
    this.prevDelta = 0;
    this.reset();
  }

  record(value, times) {
    if (value < this.lowest || value > this.highest) {
      this.exceeds += times;
      return;
    }
    this.counts.set(value, (this.counts.get(value) ?? 0) + times);
    this.count += times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.sum += value * times;
    this.sumSquares += value * value * times;
  }

  addExceeds(n) {
    this.exceeds += n;
  }

  delta(now) {
    const prev = this.prevDelta;
    this.prevDelta = now;
    return prev === 0 ? undefined : now - prev;
  }

  snapshot() {
    const entries = [...this.counts].sort((a, b) => a[0] - b[0]);
    return { entries, count: this.count, max: this.max, exceeds: this.exceeds };
  }

  reset() {
    this.counts.clear();
    this.count = 0;
    this.min = kEmptyMin;
    this.max = 0;
    this.sum = 0;
    this.sumSquares = 0;
    this.exceeds = 0;
  }

  // The same values in a SharedStore.
  toShared() {
    const shared = new SharedStore(this.lowest, this.highest);
    for (const [value, n] of this.counts) shared.addToTable(value, n);
    const f64 = shared.f64;
    f64[kCount] = this.count;
    f64[kMin] = this.min;
    f64[kMax] = this.max;
    f64[kSum] = this.sum;
    f64[kSumSquares] = this.sumSquares;
    f64[kExceeds] = this.exceeds;
    f64[kPrevDelta] = this.prevDelta;
    return shared;
  }
}

// A spread of a double's bits over the table (values are integers below 2^53).
function hash(value) {
  if (value < 4294967296) return Math.imul(value, 0x9e3779b1) >>> 0;
  const low = value % 4294967296;
  const high = (value - low) / 4294967296;
  return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 0;
}

module.exports = { LocalStore, SharedStore, kEmptyMin };
