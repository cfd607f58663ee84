// Flags: --experimental-vm-modules
'use strict';
// import() in code run in a context returns a promise of that context's realm,
// for scripts and for modules alike.
const common = require('../common');
const assert = require('assert');
const { createContext, runInContext, Script, SourceTextModule } = require('vm');

(async () => {
  const ctx = createContext();
  const target = new SourceTextModule('export const a = 1;', { context: ctx });
  await target.link(common.mustNotCall());
  await target.evaluate();

  const script = new Script('globalThis.p = import("t"); Object.getPrototypeOf(p) === Promise.prototype', {
    importModuleDynamically: common.mustCall(() => target),
  });
  assert.strictEqual(script.runInContext(ctx), true);
  assert.notStrictEqual(Object.getPrototypeOf(ctx.p), Promise.prototype);
  assert.strictEqual((await ctx.p).a, 1);

  const mod = new SourceTextModule(
    'const p = import("t"); globalThis.same = Object.getPrototypeOf(p) === Promise.prototype; await p;',
    { context: ctx, importModuleDynamically: common.mustCall(() => target) });
  await mod.link(common.mustNotCall());
  await mod.evaluate();
  assert.strictEqual(runInContext('same', ctx), true);
})().then(common.mustCall());
