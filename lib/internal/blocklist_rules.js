'use strict';
// The rules of a net.BlockList. A list keeps them in a LocalRules (a JS array)
// until it is first copied (sent to another thread, or by structuredClone()); then
// they move to a SharedRules, a growable SharedArrayBuffer that every copy reads and
// adds to, as in node, where the copies share one native list: a rule added through
// any copy applies to all. (Making the buffer costs some 17 us, measured, and typed
// arrays over it cost JSC more per access: a list never copied pays for neither.)
//
// SharedRules' layout: an Int32 lock and an Int32 count, then one fixed-size record
// per rule, oldest first. A record holds the rule's lowest and highest address as
// 128-bit numbers (four 32-bit words each, the most significant first, so that a
// check compares plain numbers), the length of its text and the text (ASCII). A
// record is written before the count that publishes it, under the lock; readers
// take the count and read the records below it, which never change again.

const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;

const kHeaderBytes = 16;
const kTextOffset = 40;
const kTextMax = 128; // the longest rule text is 103 characters (an IPv6 range)
const kRecordBytes = kTextOffset + kTextMax;
const kInitialRecords = 8;
const kMaxRecords = 1 << 18; // what the buffer reserves room for (44 MB of address space)
const kLock = 0;
const kCount = 1;

// The four 32-bit words of v (a BigInt below 2^128), the most significant first.
function words(v) {
  return [Number(v >> 96n), Number((v >> 64n) & 0xffffffffn), Number((v >> 32n) & 0xffffffffn),
          Number(v & 0xffffffffn)];
}

// -1, 0 or 1 as the 128-bit number at u32[at..at+3] is below, equal to or above
// the words a0..a3.
function compareAt(u32, at, a0, a1, a2, a3) {
  let x = u32[at];
  if (x !== a0) return x < a0 ? -1 : 1;
  x = u32[at + 1];
  if (x !== a1) return x < a1 ? -1 : 1;
  x = u32[at + 2];
  if (x !== a2) return x < a2 ? -1 : 1;
  x = u32[at + 3];
  if (x !== a3) return x < a3 ? -1 : 1;
  return 0;
}

class SharedRules {
  constructor(buffer) {
    this.buffer = buffer ?? new SharedArrayBuffer(kHeaderBytes + kInitialRecords * kRecordBytes,
                                                  { maxByteLength: kHeaderBytes + kMaxRecords * kRecordBytes });
    // Views that follow the buffer as it grows.
    this.i32 = new Int32Array(this.buffer);
    this.u32 = new Uint32Array(this.buffer);
    this.bytes = new Uint8Array(this.buffer);
  }

  get count() {
    return Atomics.load(this.i32, kCount);
  }

  // Appends the rule lo..hi (BigInts below 2^128) shown as `text`.
  add(lo, hi, text) {
    this.addWords([...words(lo), ...words(hi)], text);
  }

  // Appends the rule whose eight 32-bit words (lo's, then hi's) are w.
  addWords(w, text) {
    if (text.length > kTextMax) throw new ERR_OUT_OF_RANGE('rule', `at most ${kTextMax} characters`, text.length);
    this.lock();
    try {
      const n = Atomics.load(this.i32, kCount);
      if (n === kMaxRecords) throw new ERR_OUT_OF_RANGE('the number of rules', `below ${kMaxRecords}`, n + 1);
      const end = kHeaderBytes + (n + 1) * kRecordBytes;
      if (end > this.buffer.byteLength) {
        this.buffer.grow(Math.min(this.buffer.maxByteLength,
                                  kHeaderBytes + Math.max(n + 1, n * 2) * kRecordBytes));
      }
      const at = kHeaderBytes + n * kRecordBytes;
      this.u32.set(w, at / 4);
      this.i32[(at + 32) / 4] = text.length;
      for (let i = 0; i < text.length; i++) this.bytes[at + kTextOffset + i] = text.charCodeAt(i);
      Atomics.store(this.i32, kCount, n + 1);
    } finally {
      this.unlock();
    }
  }

  // Whether the 128-bit number a0..a3 (32-bit words, the most significant first) is
  // in some rule's range.
  includes(a0, a1, a2, a3) {
    const n = this.count;
    const u32 = this.u32;
    for (let i = n - 1; i >= 0; i--) {
      const at = (kHeaderBytes + i * kRecordBytes) / 4;
      if (compareAt(u32, at, a0, a1, a2, a3) <= 0 && compareAt(u32, at + 4, a0, a1, a2, a3) >= 0) return true;
    }
    return false;
  }

  // The rules' texts, newest first.
  texts() {
    const n = this.count;
    const out = [];
    for (let i = n - 1; i >= 0; i--) {
      const at = kHeaderBytes + i * kRecordBytes;
      const length = this.i32[(at + 32) / 4];
      out.push(String.fromCharCode(...this.bytes.subarray(at + kTextOffset, at + kTextOffset + length)));
    }
    return out;
  }

  // A spin lock: it is held only while one record is written.
  lock() {
    while (Atomics.compareExchange(this.i32, kLock, 0, 1) !== 0);
  }

  unlock() {
    Atomics.store(this.i32, kLock, 0);
  }
}

class LocalRules {
  constructor() {
    this.rules = []; // { w: [lo words, hi words], text }, oldest first
  }

  add(lo, hi, text) {
    this.rules.push({ w: [...words(lo), ...words(hi)], text });
  }

  includes(a0, a1, a2, a3) {
    const rules = this.rules;
    for (let i = rules.length - 1; i >= 0; i--) {
      const w = rules[i].w;
      if (compareAt(w, 0, a0, a1, a2, a3) <= 0 && compareAt(w, 4, a0, a1, a2, a3) >= 0) return true;
    }
    return false;
  }

  texts() {
    const out = [];
    for (let i = this.rules.length - 1; i >= 0; i--) out.push(this.rules[i].text);
    return out;
  }

  // The same rules in a SharedRules.
  toShared() {
    const shared = new SharedRules();
    for (const { w, text } of this.rules) shared.addWords(w, text);
    return shared;
  }
}

module.exports = { LocalRules, SharedRules, words };
