'use strict';
// import() in vm code: without importModuleDynamically it rejects with
// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING; a callback function needs
// --experimental-vm-modules (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG);
// USE_MAIN_CONTEXT_DEFAULT_LOADER imports through the main loader, relative to
// the script's filename.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const { Script, compileFunction, createContext, constants } = require('vm');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
  assert.strictEqual(warning.message, 'vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an ' +
                     'experimental feature and might change at any time');
}));

const missing = { code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', name: 'TypeError' };
const missingFlag = { code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' };

(async () => {
  await assert.rejects(new Script('import("fs")').runInThisContext(), missing);
  await assert.rejects(new Script('import("fs")').runInContext(createContext()), missing);
  await assert.rejects(compileFunction('return import("fs")')(), missing);
  const callback = { importModuleDynamically: common.mustNotCall() };
  await assert.rejects(new Script('import("fs")', callback).runInThisContext(), missingFlag);
  await assert.rejects(compileFunction('return import("fs")', [], callback)(), missingFlag);

  tmpdir.refresh();
  fs.writeFileSync(tmpdir.resolve('answer.mjs'), 'export default 42;\n');
  const options = {
    filename: path.join(tmpdir.path, 'index.js'),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  };
  const ns = await new Script('import("./answer.mjs")', options).runInThisContext();
  assert.strictEqual(ns.default, 42);
  const fsNs = await compileFunction('return import("node:fs")', [], options)();
  assert.strictEqual(fsNs.constants.F_OK, fs.constants.F_OK);
  await assert.rejects(new Script('import("./nope.mjs")', options).runInThisContext(),
                       { code: 'ERR_MODULE_NOT_FOUND' });
})().then(common.mustCall());
