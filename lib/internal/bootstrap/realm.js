'use strict';
// The loader of built-in modules. src/runtime/runtime.c compiles this file as
// `function (process, internalBinding)` and calls it first; it returns
// requireBuiltin(id), through which everything else in lib/ is loaded. Each
// built-in is compiled on first use only, so start-up parses what a program needs.

const builtins = internalBinding('builtins');
// C hands the ids over as one string; internalBinding('builtins').ids is the array.
builtins.ids = builtins.idList.split('\n');
const ids = new Set(builtins.ids);
const cache = new Map();
// Every built-in loaded so far, in order, as node's process.moduleLoadList lists them.
const moduleLoadList = [];

// Which built-ins users may require is decided in C (src/binding/builtins.c): the
// ids `require(id)` reaches without the node: scheme, and those only with it.
const splitIds = (list) => (list === '' ? [] : list.split('\n'));
const withoutSchemeIds = splitIds(builtins.publicIdList);
const withoutScheme = new Set(withoutSchemeIds);
const schemeOnlyIds = splitIds(builtins.schemeOnlyIdList);
const schemeOnly = new Set(schemeOnlyIds);

class BuiltinModule {
  // Fields, not assignments: a program may have put a setter named `exports` on
  // Object.prototype.
  id;
  filename;
  exports = {};
  loaded = false;
  loading = false;

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
  }

  static exists(id) {
    return ids.has(id);
  }

  // Whether `require(id)` (without the node: scheme) reaches this built-in.
  static canBeRequiredWithoutScheme(id) {
    return withoutScheme.has(id);
  }

  static canBeRequiredByUsers(id) {
    return withoutScheme.has(id) || schemeOnly.has(id);
  }

  // Sorted, as the table is.
  static getCanBeRequiredByUsersWithoutSchemeList() {
    return withoutSchemeIds.slice();
  }

  static getSchemeOnlyModuleNames() {
    return schemeOnlyIds.slice();
  }
}

function requireBuiltin(id) {
  let mod = cache.get(id);
  if (mod !== undefined) return mod.exports;
  const fn = builtins.compile(id);
  mod = new BuiltinModule(id);
  cache.set(id, mod);
  moduleLoadList.push(`NativeModule ${id}`);
  mod.loading = true;
  try {
    fn.call(undefined, mod.exports, requireBuiltin, mod, process, internalBinding);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loading = false;
  mod.loaded = true;
  return mod.exports;
}

// The exports of built-in id if it has been loaded, without loading it.
function loadedExports(id) {
  return cache.get(id)?.exports;
}

requireBuiltin.BuiltinModule = BuiltinModule;
requireBuiltin.loadedExports = loadedExports;
requireBuiltin.moduleLoadList = moduleLoadList;
return requireBuiltin;
