'use strict';
// Node-API objects through a test addon: properties by key, name and index
// (primitives are boxed, as node's ToObject does), define_properties, property
// name listing with filters, calls with any receiver, callback info, errors with
// codes, pending exceptions, references, handle scopes, externals, type tags.
require('../common');
const assert = require('assert');
const { loadAddon } = require('../common/napi');

const addon = loadAddon('objects');

const sym = Symbol('k');
const made = addon.makeObject(sym);
assert.deepStrictEqual(Object.keys(made), ['a', 'b', 'arr']);
assert.strictEqual(made[sym], 2);
assert.strictEqual(made.arr.length, 3);

const seen = addon.inspectObject(made, 'b');
assert.deepStrictEqual({ ...seen, proto: undefined },
                       { has: true, hasOwn: true, hasA: true, value: 2, a: 1, length: 0, has0: false, at0: undefined,
                         proto: undefined });
assert.strictEqual(seen.proto, Object.prototype);
const arr = addon.inspectObject([5, 6], 'length');
assert.strictEqual(arr.length, 2);
assert.strictEqual(arr.at0, 5);
assert.strictEqual(addon.inspectObject(Object.create({ b: 3 }), 'b').hasOwn, false);
assert.strictEqual(addon.inspectObject(1, 'x').has, false);
assert.throws(() => addon.inspectObject(undefined, 'x'),
              { name: 'TypeError', message: 'Cannot convert undefined or null to object' });

const d = { 0: 1, x: 2 };
assert.deepStrictEqual(addon.deleteBoth(d, 'x'), [true, true]);
assert.deepStrictEqual(d, {});
assert.deepStrictEqual(addon.deleteBoth(Object.freeze({ 0: 1, x: 2 }), 'x'), [false, false]);

const p = addon.defineProps({});
const desc = Object.getOwnPropertyDescriptors(p);
assert.deepStrictEqual(desc.fixed, { value: 42, writable: false, enumerable: false, configurable: false });
assert.deepStrictEqual(desc.open, { value: 42, writable: true, enumerable: true, configurable: true });
assert.strictEqual(desc.argc.enumerable, false);
assert.strictEqual(desc.argc.writable, true);
assert.strictEqual(desc.acc.enumerable, true);
assert.strictEqual(desc.acc.configurable, false);
p.acc = 5;
assert.deepStrictEqual(p.acc, [5, 'data!']);
assert.strictEqual(p.argc(1, 2, 3), 3);
assert.strictEqual(p.argc.name, '');

const proto = Object.create({ inherited: 1, [Symbol('s')]: 2 });
Object.defineProperty(proto, 'hidden', { value: 1, enumerable: false });
const own = Symbol('own');
proto[own] = 3;
proto.own = 1;
proto[5] = 'five';
assert.deepStrictEqual(addon.names(proto), ['5', 'own', 'inherited']);
assert.deepStrictEqual(addon.allNames(proto, 1, 0, 0), [5, 'hidden', 'own', own]);
assert.deepStrictEqual(addon.allNames(proto, 1, 2, 1), ['5', 'own', own]);
assert.deepStrictEqual(addon.allNames(proto, 1, 16, 0), [5, 'hidden', 'own']);
assert.deepStrictEqual(addon.allNames(proto, 1, 8, 0), [own]);
assert.deepStrictEqual(addon.allNames(proto, 0, 2 | 16, 1), ['5', 'own', 'inherited']);
assert.deepStrictEqual(addon.allNames(proto, 1, 1, 0), [5, 'own', own]);
assert.ok(addon.allNames(proto, 0, 0, 0).includes('hasOwnProperty'));

assert.deepStrictEqual(addon.call(function(x, y) { return [this.tag, x, y]; }, { tag: 'T' }, 1, 2), ['T', 1, 2]);
assert.strictEqual(addon.call(function() { 'use strict'; return typeof this; }, undefined), 'undefined');
assert.strictEqual(addon.call(function() { 'use strict'; return this; }, 7), 7);
class Base { constructor(v) { this.q = v; } }
assert.deepStrictEqual(addon.construct(Base, 1), new Base(1));

const info = addon.info(1);
assert.strictEqual(info.argc, 1);
assert.strictEqual(info.arg0, 1);
assert.strictEqual(info.arg1, undefined);
assert.strictEqual(info.self, addon);
assert.strictEqual(info.newTarget, false);
assert.strictEqual(info.data, 'cb-data');
assert.strictEqual(addon.info(1, 2, 3).argc, 3);
assert.strictEqual(addon.info.call(undefined).self, globalThis);
assert.strictEqual(typeof addon.info.call('str').self, 'object');
assert.strictEqual(new addon.info().newTarget, true);

for (const [kind, Ctor] of [['error', Error], ['type', TypeError], ['range', RangeError], ['syntax', SyntaxError]]) {
  assert.throws(() => addon.throws(kind, `CODE_${kind}`, `msg ${kind}`), (e) => {
    assert.strictEqual(Object.getPrototypeOf(e), Ctor.prototype);
    assert.strictEqual(e.message, `msg ${kind}`);
    assert.strictEqual(e.code, `CODE_${kind}`);
    assert.deepStrictEqual(Object.keys(e), ['code']);
    return true;
  });
}
assert.throws(() => addon.throws('error', '', 'no code'), (e) => !('code' in e) && e.message === 'no code');
assert.throws(() => addon.throws('value', '', 'thrown string'), (e) => e === 'thrown string');
const created = addon.createError('ECODE', 'made');
assert.ok(created instanceof TypeError);
assert.strictEqual(created.code, 'ECODE');

const caught = addon.catching(() => { throw new Error('caught'); });
assert.strictEqual(caught[0], 10); // napi_pending_exception
assert.strictEqual(caught[1], true);
assert.strictEqual(caught[2].message, 'caught');
assert.deepStrictEqual(addon.catching(() => 1), [0, false, undefined]);

const target = { x: 1 };
const ref = addon.ref(target, 1);
assert.strictEqual(addon.refOp(ref, 'get'), target);
assert.strictEqual(addon.refOp(ref, 'ref'), 2);
assert.strictEqual(addon.refOp(ref, 'unref'), 1);
assert.strictEqual(addon.refOp(ref, 'unref'), 0);
assert.strictEqual(addon.refOp(ref, 'get'), target); // weak, but still alive
assert.throws(() => addon.refOp(ref, 'unref'), { message: 'Unknown failure' });
assert.strictEqual(addon.refOp(ref, 'ref'), 1);
addon.refOp(ref, 'delete');
// Before Node-API 10 only objects, functions and symbols can be referenced.
assert.throws(() => addon.ref('str', 0), { message: 'Invalid argument' });
assert.strictEqual(addon.refOp(addon.ref(sym, 0), 'get'), sym);

assert.strictEqual(addon.scopes(), 'kept');
assert.strictEqual(typeof addon.external(), 'object');
assert.strictEqual(require('util').types.isExternal(addon.external()), true);
assert.strictEqual(require('util').types.isExternal({}), false);
assert.strictEqual(addon.typeOf, undefined);
assert.strictEqual(addon.tags({}), true);
const f1 = {}, f2 = { y: 1 };
addon.freezeSeal(f1, f2);
assert.ok(Object.isFrozen(f1));
assert.ok(Object.isSealed(f2) && !Object.isFrozen(f2));
assert.strictEqual(addon.instanceData(), 99);
