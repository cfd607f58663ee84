'use strict';
// The loader of built-in modules. src/runtime/runtime.c compiles this file as
// `function (process, internalBinding)` and calls it first; it returns
// requireBuiltin(id), through which everything else in lib/ is loaded. Each
// built-in is compiled on first use only, so start-up parses what a program needs.

const builtins = internalBinding('builtins');
const cache = new Map();
// Every built-in loaded so far, in order, as node's process.moduleLoadList lists them.
const moduleLoadList = [];

// C hands each list of ids over as one string ("id\nid\n..."), made when asked for.
// They are asked for, split, and made into sets on first use: a start-up (every
// worker's too) reads none of them before its first user require, and making and
// splitting them cost a worker ~0.9M instructions on its way to 'online'.
const splitIds = (list) => (list === '' ? [] : list.split('\n'));
let idArray;
let idSet;
// internalBinding('builtins').ids: every id, as an array.
Object.defineProperty(builtins, 'ids', {
  get() {
    idArray ??= splitIds(builtins.idList());
    return idArray;
  },
  enumerable: true,
  configurable: true,
});

// Which built-ins users may require is decided in C (src/binding/builtins.c): the
// ids `require(id)` reaches without the node: scheme, and those only with it.
let withoutSchemeIds;
let withoutScheme;
let schemeOnlyIds;
let schemeOnly;
function userIds() {
  if (withoutScheme !== undefined) return;
  withoutSchemeIds = splitIds(builtins.publicIdList());
  withoutScheme = new Set(withoutSchemeIds);
  schemeOnlyIds = splitIds(builtins.schemeOnlyIdList());
  // node:sqlite is not a built-in under --no-experimental-sqlite, as in node.
  if (!requireBuiltin('internal/options').getOptionValue('--experimental-sqlite', true)) {
    schemeOnlyIds = schemeOnlyIds.filter((id) => id !== 'sqlite');
  }
  schemeOnly = new Set(schemeOnlyIds);
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
    idSet ??= new Set(builtins.ids);
    return idSet.has(id);
  }

  // Whether `require(id)` (without the node: scheme) reaches this built-in.
  static canBeRequiredWithoutScheme(id) {
    userIds();
    return withoutScheme.has(id);
  }

  static canBeRequiredByUsers(id) {
    userIds();
    return withoutScheme.has(id) || schemeOnly.has(id);
  }

  // Sorted, as the table is.
  static getCanBeRequiredByUsersWithoutSchemeList() {
    userIds();
    return withoutSchemeIds.slice();
  }

  static getSchemeOnlyModuleNames() {
    userIds();
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
