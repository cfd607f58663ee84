'use strict';
// util.format / util.formatWithOptions: printf-like %s %d %i %f %j %o %O %c %% in a
// leading string, then every remaining argument inspected (strings as they are),
// joined by spaces.

// Built-ins captured at load, so that a program replacing them (Object.keys = ...)
// does not change how values print.
const { stringify: JSONStringify } = JSON;
const { parseFloat: NumberParseFloat, parseInt: NumberParseInt } = Number;
const {
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getOwnPropertyNames: ObjectGetOwnPropertyNames, getPrototypeOf: ObjectGetPrototypeOf,
} = Object;
const { toPrimitive: SymbolToPrimitive } = Symbol;

// util.inspect and its number formatting load on the first argument that needs
// them: a message of strings alone (console.log('hello')) never compiles them.
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
const inspect = (value, options) => lazyInspect().inspect(value, options);
let inspectStrings;
const lazyInspectStrings = () => (inspectStrings ??= require('internal/util/inspect_strings'));

const binding = internalBinding('util');
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

const dateToPrimitive = Date.prototype[SymbolToPrimitive];
const symbolToPrimitive = Symbol.prototype[SymbolToPrimitive];

// Whether %s may print value with String(): true when its toString is a built-in one.
function hasBuiltInToString(value) {
  const proxy = binding.getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return true;
    value = proxy[0];
  }
  const toPrimitive = value[SymbolToPrimitive];
  if (typeof toPrimitive === 'function' && toPrimitive !== dateToPrimitive &&
      toPrimitive !== symbolToPrimitive) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  if (descriptor === undefined) return false;
  const ctor = lazyInspect().dataValue(descriptor);
  return typeof ctor === 'function' && lazyInspect().isBuiltInName(ctor.name);
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

// %s %d %i %f honour numericSeparator from the given options, else util.inspect's
// defaults (which a program may change at run time).
function numberNoColor(n, inspectOptions) {
  const { inspectDefaultOptions, stylizeNoColor } = lazyInspect();
  return lazyInspectStrings().formatNumber(stylizeNoColor, n,
    inspectOptions?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function bigIntNoColor(n, inspectOptions) {
  const { inspectDefaultOptions, stylizeNoColor } = lazyInspect();
  return lazyInspectStrings().formatBigInt(stylizeNoColor, n,
    inspectOptions?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let tempStr;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = numberNoColor(arg, inspectOptions);
            else if (typeof arg === 'bigint') tempStr = bigIntNoColor(arg, inspectOptions);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = bigIntNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = numberNoColor(Number(arg), inspectOptions);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions, showHidden: true, showProxy: true, depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = bigIntNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = numberNoColor(NumberParseInt(arg), inspectOptions);
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = numberNoColor(NumberParseFloat(arg), inspectOptions);
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = { formatWithOptionsInternal };
