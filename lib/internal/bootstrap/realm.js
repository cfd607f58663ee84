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

// Built-ins that exist only with the node: scheme (src/binding/builtins.c names them).
const splitIds = (list) => (list === '' ? [] : list.split('\n'));
const schemeOnlyIds = splitIds(builtins.schemeOnlyIdList);
const schemeOnly = new Set(schemeOnlyIds);

function isPublic(id) {
  return ids.has(id) && !id.startsWith('internal/') && !id.startsWith('eddy/');
}

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
    return isPublic(id) && !schemeOnly.has(id);
  }

  static canBeRequiredByUsers(id) {
    return isPublic(id);
  }

  // The lists are made in C (src/binding/builtins.c), sorted.
  static getCanBeRequiredByUsersWithoutSchemeList() {
    return splitIds(builtins.publicIdList);
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
