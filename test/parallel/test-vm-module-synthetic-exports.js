// Flags: --experimental-vm-modules
'use strict';
// vm.SyntheticModule: setExport() values reach importers live; the evaluate
// callback runs once, and its promise is not waited for.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

(async () => {
  const synthetic = new vm.SyntheticModule(['x'], common.mustCall(function() {
    this.setExport('x', 1);
  }));
  assert.strictEqual(synthetic.namespace.x, undefined);
  const reader = new vm.SourceTextModule(`
    import { x } from 'synthetic';
    export const read = () => x;
  `);
  await reader.link(() => synthetic);
  await reader.evaluate();
  assert.strictEqual(reader.namespace.read(), 1);
  synthetic.setExport('x', 42);
  assert.strictEqual(reader.namespace.read(), 42);
  await synthetic.evaluate();

  assert.throws(() => synthetic.setExport('y', 1), ReferenceError);
  assert.throws(() => vm.SyntheticModule.prototype.setExport.call({}, 'x'), {
    code: 'ERR_INVALID_THIS',
  });
  assert.throws(() => new vm.SyntheticModule(['x', 'x'], () => {}), {
    message: "The property 'exportNames.x' is duplicated. Received 'x'",
  });
  assert.throws(() => new vm.Module(), { message: 'Module is not a constructor' });
})().then(common.mustCall());
