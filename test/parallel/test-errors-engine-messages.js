'use strict';
// Errors the engine throws read as node's (V8's words) once they reach node's own
// code: here assert.throws, an 'uncaughtException' listener and util.inspect.
require('../common');
const assert = require('assert');
const util = require('util');
const { spawnSync } = require('child_process');

/* eslint-disable no-undef, no-unused-expressions */
const cases = [
  [() => missingVariable, ReferenceError, 'missingVariable is not defined'],
  [() => { let u; u.foo; }, TypeError, "Cannot read properties of undefined (reading 'foo')"],
  [() => { const n = null; n.foo; }, TypeError, "Cannot read properties of null (reading 'foo')"],
  [() => { const o = {}; o.a.b; }, TypeError, "Cannot read properties of undefined (reading 'b')"],
  [() => { const o = {}; o.a[0]; }, TypeError, "Cannot read properties of undefined (reading '0')"],
  [() => { let u; u.foo = 1; }, TypeError, "Cannot set properties of undefined (setting 'foo')"],
  [() => { const o = {}; o.method(); }, TypeError, 'o.method is not a function'],
  [() => { let f; f(); }, TypeError, 'f is not a function'],
  [() => { const X = 1; new X(); }, TypeError, 'X is not a constructor'],
  [() => { const o = {}; new o.Y(); }, TypeError, 'o.Y is not a constructor'],
  [() => { class A { #p; static read(o) { return o.#p; } } A.read({}); }, TypeError,
   'Cannot read private member #p from an object whose class did not declare it'],
  [() => `${Symbol()}`, TypeError, 'Cannot convert a Symbol value to a string'],
  [() => 1n + 1, TypeError, 'Cannot mix BigInt and other types, use explicit conversions'],
  [() => [].reduce((a, b) => a), TypeError, 'Reduce of empty array with no initial value'],
  [() => new Array(-1), RangeError, 'Invalid array length'],
  [() => (1).toFixed(101), RangeError, 'toFixed() digits argument must be between 0 and 100'],
  [() => decodeURIComponent('%'), URIError, 'URI malformed'],
];

if (process.argv[2] === 'child') {
  let i = 0;
  process.on('uncaughtException', (err) => {
    console.log(err.message);
    if (++i < cases.length) setImmediate(cases[i][0]);
  });
  setImmediate(cases[0][0]);
} else {
  for (const [fn, constructor, message] of cases) {
    assert.throws(fn, { constructor, message });
    try {
      fn();
    } catch (err) {
      assert.strictEqual(util.inspect(err).split('\n')[0], `${constructor.name}: ${message}`);
      assert.strictEqual(String(err), `${constructor.name}: ${message}`);
    }
  }
  const child = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(child.stderr, '');
  assert.deepStrictEqual(child.stdout.trim().split('\n'), cases.map((c) => c[2]));
}
