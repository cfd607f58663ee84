// Flags: --experimental-vm-modules
// A source phase import of a vm module (static or import.source()) fails with
// ERR_SOURCE_PHASE_NOT_DEFINED: only WebAssembly modules have a source object.
import '../common/index.js';
import assert from 'node:assert';
import vm from 'node:vm';

const expected = {
  name: 'SyntaxError',
  code: 'ERR_SOURCE_PHASE_NOT_DEFINED',
  message: "Source phase import object is not defined for module 'dep'",
};

{
  const dep = new vm.SourceTextModule('export var p = 5;', { identifier: 'dep' });
  const m = new vm.SourceTextModule('import source x from "y";');
  await assert.rejects(m.link(() => dep), expected);
}

{
  const dep = new vm.SourceTextModule('export var p = 5;', { identifier: 'dep' });
  const seen = [];
  const m = new vm.SourceTextModule('await import.source("y");', {
    importModuleDynamically(specifier, referrer, attributes, phase) {
      seen.push([specifier, phase]);
      return dep;
    },
  });
  await m.link(() => dep);
  await assert.rejects(m.evaluate(), expected);
  assert.deepStrictEqual(seen, [['y', 'source']]);
}
