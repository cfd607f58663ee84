// Flags: --experimental-vm-modules
'use strict';
// vm.SourceTextModule: the linker supplies each import, bindings stay live,
// evaluation runs in the module's context, and the statuses follow node's.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

(async () => {
  const context = vm.createContext({ log: [] });
  const counter = new vm.SourceTextModule(`
    export let count = 0;
    export function increment() { count++; }
  `, { context, identifier: 'counter' });
  const main = new vm.SourceTextModule(`
    import { count, increment } from 'counter';
    log.push(count);
    increment();
    log.push(count);
    export default count * 10;
  `, { context });
  assert.strictEqual(main.status, 'unlinked');
  assert.deepStrictEqual(main.dependencySpecifiers, ['counter']);
  assert.strictEqual(main.identifier, 'vm:module(0)');

  await main.link(common.mustCall((specifier, referencing) => {
    assert.strictEqual(specifier, 'counter');
    assert.strictEqual(referencing, main);
    return counter;
  }));
  assert.strictEqual(main.status, 'linked');
  assert.strictEqual(counter.status, 'linked');
  assert.strictEqual(await main.evaluate(), undefined);
  assert.strictEqual(main.status, 'evaluated');
  assert.deepStrictEqual(context.log, [0, 1]);
  assert.strictEqual(main.namespace.default, 10);
  counter.namespace.increment();
  assert.strictEqual(counter.namespace.count, 2);

  // An error thrown while evaluating makes the module errored, for good.
  const failing = new vm.SourceTextModule('throw new Error("boom");');
  await failing.link(common.mustNotCall());
  await assert.rejects(failing.evaluate(), { message: 'boom' });
  assert.strictEqual(failing.status, 'errored');
  assert.strictEqual(failing.error.message, 'boom');
  await assert.rejects(failing.evaluate(), { message: 'boom' });

  await assert.rejects(new vm.SourceTextModule('').evaluate(), {
    code: 'ERR_VM_MODULE_STATUS',
    message: 'Module status must be one of linked, evaluated, or errored',
  });
  const lone = new vm.SourceTextModule('import "x";');
  await assert.rejects(lone.link(() => ({})), { code: 'ERR_VM_MODULE_NOT_MODULE' });
  assert.strictEqual(lone.status, 'errored');

  // Top-level await, and a timeout on evaluation.
  const tla = new vm.SourceTextModule('export const v = await Promise.resolve(7);');
  assert.strictEqual(tla.hasTopLevelAwait(), true);
  await tla.link(common.mustNotCall());
  await tla.evaluate();
  assert.strictEqual(tla.namespace.v, 7);
  const spin = new vm.SourceTextModule('while (true) {}');
  await spin.link(common.mustNotCall());
  await assert.rejects(spin.evaluate({ timeout: 20 }), {
    code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  });
})().then(common.mustCall());
