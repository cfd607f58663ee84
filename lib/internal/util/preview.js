'use strict';
// What a Map or Set iterator has left, for util.inspect and console.table, read without
// advancing it (see iteratorState in src/binding/util.c).

const binding = internalBinding('util');
// `this`-taking built-ins as plain functions. A fixed-arity wrapper: JSC runs it several
// times faster than Function.prototype.call.bind(fn).
const uncurry = (fn) => (self, a, b) => fn.call(self, a, b);
const mapEntries = uncurry(Map.prototype.entries);
const setValues = uncurry(Set.prototype.values);
const mapIteratorNext = uncurry(Object.getPrototypeOf(new Map().entries()).next);
const setIteratorNext = uncurry(Object.getPrototypeOf(new Set().values()).next);

// The entries a Map/Set iterator has left, without advancing it: [entries, isKeyValue]
// with key-value entries flattened as [k1, v1, k2, v2...]. A fresh iterator over the
// same collection is moved to the original's position by the binding and advanced
// instead, so deleted entries and rehashed tables are skipped as the engine would.
function previewEntries(iterator) {
  const state = binding.iteratorState(iterator);
  const entries = [];
  if (state === undefined || state[1] === null || state[3]) return [entries, false];
  const [type, collection, , , kind] = state;
  const isMap = type === 'map';
  const isKeyValue = kind === 2;
  const it = isMap ? mapEntries(collection) : setValues(collection);
  if (!binding.iteratorCopyPosition(iterator, it)) return [entries, isKeyValue];
  const next = isMap ? mapIteratorNext : setIteratorNext;
  while (true) {
    const step = next(it);
    if (step.done) break;
    if (!isMap) {
      entries.push(step.value);
      if (isKeyValue) entries.push(step.value);
    } else if (isKeyValue) {
      entries.push(step.value[0], step.value[1]);
    } else {
      entries.push(step.value[kind === 0 ? 0 : 1]);
    }
  }
  // `iterator` is used past the copy so the table it holds stays reachable meanwhile.
  void binding.iteratorState(iterator);
  return [entries, isKeyValue];
}

module.exports = { previewEntries };
