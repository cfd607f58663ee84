'use strict';
// The small WebIDL-flavoured helpers the fetch classes share: brand checks, argument
// counts, enum checks and platform iterators, with the messages node (undici) uses.

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function argCount(actual, required, where) {
  if (actual >= required) return;
  const what = required === 1 ? '1 argument' : `${required} arguments`;
  const only = required === 1 ? '' : 'only ';
  throw new TypeError(`${where}: ${what} required, but ${only}${actual} found.`);
}

function oneOf(value, allowed) {
  value = `${value}`;
  if (!allowed.includes(value)) {
    throw new TypeError(`undefined: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return value;
}

function describe(value) {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object' && value !== null) return require('internal/util/inspect').inspect(value);
  return String(value);
}

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// A live iterator over `entriesOf(target)` (re-read on every step, as the spec's
// "value pairs to iterate over" are), of kind 'key', 'value' or 'key+value'.
function makeIteratorClass(tag) {
  const kTarget = Symbol('target');
  const proto = Object.create(iteratorPrototype, {
    next: {
      value: function next() {
        const s = this?.[kTarget];
        if (s === undefined) throw illegalInvocation();
        const pairs = s.entriesOf(s.target);
        if (s.index >= pairs.length) return { value: undefined, done: true };
        const [k, v] = pairs[s.index++];
        const value = s.kind === 'key' ? k : s.kind === 'value' ? v : [k, v];
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: `${tag} Iterator`, configurable: true },
  });
  return function create(target, kind, entriesOf) {
    const it = Object.create(proto);
    it[kTarget] = { target, kind, entriesOf, index: 0 };
    Object.defineProperty(it, kTarget, { enumerable: false });
    return it;
  };
}

// Defines keys/values/entries/forEach (in node's order) and @@iterator on a prototype.
function defineIterators(proto, tag, entriesOf, check) {
  const create = makeIteratorClass(tag);
  const methods = {
    keys() { check(this); return create(this, 'key', entriesOf); },
    values() { check(this); return create(this, 'value', entriesOf); },
    entries() { check(this); return create(this, 'key+value', entriesOf); },
    forEach(callback, thisArg = undefined) {
      check(this);
      argCount(arguments.length, 1, `${tag}.forEach`);
      if (typeof callback !== 'function') {
        throw new TypeError(`${tag}.forEach: Argument 1 could not be converted to: Function.`);
      }
      for (const [k, v] of entriesOf(this)) callback.call(thisArg, v, k, this);
    },
  };
  for (const name of ['keys', 'values', 'entries', 'forEach']) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(proto, Symbol.iterator, {
    value: methods.entries, writable: true, enumerable: false, configurable: true,
  });
}

function enumerableMethods(proto) {
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

module.exports = { illegalInvocation, argCount, oneOf, describe, defineIterators, enumerableMethods };

// Re-defines a prototype's members in `order` (node's order for Object.keys), all
// enumerable; members not named keep their place after them.
function orderMembers(proto, order) {
  const descs = {};
  for (const name of order) {
    descs[name] = Object.getOwnPropertyDescriptor(proto, name);
    if (descs[name] === undefined) throw new Error(`no member ${name}`);
    delete proto[name];
  }
  for (const name of order) {
    descs[name].enumerable = true;
    Object.defineProperty(proto, name, descs[name]);
  }
}
module.exports.orderMembers = orderMembers;
