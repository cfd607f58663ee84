// Flags: --experimental-vm-modules
'use strict';
// A SourceTextModule is instantiated when it links: until evaluate() runs it, its
// namespace holds var bindings as undefined and hoisted functions (callable),
// while let/const bindings are uninitialized (reading them throws).
const common = require('../common');
const assert = require('assert');
const { SourceTextModule } = require('vm');
const { inspect } = require('util');

(async () => {
  const m = new SourceTextModule(
    'export const a = 1; export var b = 2; export function f() { return 3; }');
  await m.link(common.mustNotCall());
  const ns = m.namespace;
  assert.strictEqual(ns.b, undefined);
  assert.strictEqual(ns.f(), 3);
  assert.throws(() => ns.a, ReferenceError);
  assert.strictEqual(inspect(ns, { breakLength: Infinity }),
                     '[Module: null prototype] { a: <uninitialized>, b: undefined, f: [Function: f] }');
  await m.evaluate();
  assert.strictEqual(inspect(ns, { breakLength: Infinity }),
                     '[Module: null prototype] { a: 1, b: 2, f: [Function: f] }');
})().then(common.mustCall());
