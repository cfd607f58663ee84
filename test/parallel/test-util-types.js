'use strict';
// util.types predicates answer by the value's real kind, not its prototype or tag.
require('../common');
const assert = require('assert');
const util = require('util');
const types = require('util/types');

assert.strictEqual(util.types, types);
const fake = { __proto__: Map.prototype, [Symbol.toStringTag]: 'Map' };
const cases = [
  ['isDate', new Date(), { __proto__: Date.prototype }],
  ['isRegExp', /x/, { __proto__: RegExp.prototype }],
  ['isMap', new Map(), fake],
  ['isSet', new Set(), { __proto__: Set.prototype }],
  ['isWeakMap', new WeakMap(), new Map()],
  ['isWeakSet', new WeakSet(), new Set()],
  ['isPromise', Promise.resolve(), { then() {} }],
  ['isMapIterator', new Map().keys(), new Set().values()],
  ['isSetIterator', new Set().entries(), new Map().entries()],
  ['isGeneratorObject', (function* () {})(), {}],
  ['isGeneratorFunction', function* () {}, function() {}],
  ['isAsyncFunction', async () => {}, () => {}],
  ['isNativeError', new TypeError(), Object.create(Error.prototype)],
  ['isProxy', new Proxy({}, {}), {}],
  ['isArgumentsObject', (function() { return arguments; })(), []],
  ['isArrayBuffer', new ArrayBuffer(1), new SharedArrayBuffer(1)],
  ['isSharedArrayBuffer', new SharedArrayBuffer(1), new ArrayBuffer(1)],
  ['isAnyArrayBuffer', new SharedArrayBuffer(1), new Uint8Array(1)],
  ['isDataView', new DataView(new ArrayBuffer(1)), new Uint8Array(1)],
  ['isArrayBufferView', new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)],
  ['isTypedArray', new Float64Array(1), new DataView(new ArrayBuffer(1))],
  ['isUint8Array', new Uint8Array(1), new Uint8ClampedArray(1)],
  ['isBigInt64Array', new BigInt64Array(1), new BigUint64Array(1)],
  ['isNumberObject', new Number(1), 1],
  ['isStringObject', new String(''), ''],
  ['isBooleanObject', new Boolean(false), false],
  ['isSymbolObject', Object(Symbol()), Symbol()],
  ['isBigIntObject', Object(1n), 1n],
  ['isBoxedPrimitive', new Number(1), 1],
  ['isModuleNamespaceObject', { __proto__: null }, {}],
  ['isExternal', {}, {}],
];
for (const [name, yes, no] of cases) {
  if (name !== 'isModuleNamespaceObject' && name !== 'isExternal') {
    assert.strictEqual(types[name](yes), true, `${name}(yes)`);
  }
  assert.strictEqual(types[name](no), false, `${name}(no)`);
}
for (const name of Object.keys(types)) {
  assert.strictEqual(typeof types[name], 'function', name);
  assert.strictEqual(types[name](undefined), false, `${name}(undefined)`);
}
// Subclasses keep their kind; a revoked proxy is still a proxy.
class P extends Promise {}
assert.strictEqual(types.isPromise(P.resolve()), true);
const r = Proxy.revocable({}, {});
r.revoke();
assert.strictEqual(types.isProxy(r.proxy), true);
assert.strictEqual(types.isAsyncFunction(async function* () {}), true);
assert.strictEqual(types.isGeneratorFunction(async function* () {}), true);
