'use strict';
// vm.Module, vm.SourceTextModule and vm.SyntheticModule (node exposes them behind
// --experimental-vm-modules). Each wraps a record of eddy's ES module loader
// (internal/modules/esm/loader): a source text module is transformed, linked and
// evaluated by the same code as a file's module, except that the user's linker
// supplies what it imports, it compiles in its vm context, and import.meta and
// import() go to the options given here. A synthetic module is a record whose
// export values its evaluateCallback sets.

const loader = require('internal/modules/esm/loader');
const { codes } = require('internal/errors');
const {
  validateFunction, validateInt32, validateObject, validateString, validateArray,
  validateUint32, validateBoolean,
} = require('internal/validators');

const kRecord = Symbol('kRecord');
// compileIn(context, source, filename, lineOffset) and makeImporter(option, filename,
// referrer), given by lib/vm.js (setInternals) when it loads this file.
let vmInternals;
const kLinkGraph = Symbol('kLinkGraph');
// vm:module(N) identifiers count per context, as node's.
const moduleCounts = new WeakMap();
const kMainContext = {};
function nextIdentifier(context) {
  const key = context ?? kMainContext;
  const n = moduleCounts.get(key) ?? 0;
  moduleCounts.set(key, n + 1);
  return `vm:module(${n})`;
}

function setRecord(module, r) {
  Object.defineProperty(module, kRecord, { value: r, enumerable: false });
  moduleOfRecord.set(r, module);
}

// A module record's distinct requests, as node's moduleRequests lists them: one
// per specifier, attributes and phase, in order of first appearance (attributes
// sorted by key). `slot[i]` is the distinct request of the transform's request i
// (one per import or export statement).
const distinctOf = new WeakMap();
function distinctRequests(r) {
  let d = distinctOf.get(r);
  if (d !== undefined) return d;
  d = { list: [], slot: [] };
  if (r.meta !== null && r.meta !== undefined) {
    const { specifiers, attributes, sourceRequests } = r.meta;
    const source = new Set(sourceRequests ?? []);
    const seen = new Map();
    for (let i = 0; i < specifiers.length; i++) {
      const specifier = specifiers[i];
      const sorted = { __proto__: null };
      for (const key of Object.keys(attributes[i] ?? {}).sort()) sorted[key] = attributes[i][key];
      const phase = source.has(i) ? 'source' : 'evaluation';
      // Requests of one specifier and attributes share node's module cache key,
      // whatever their phase.
      const cacheKey = JSON.stringify([specifier, Object.entries(sorted)]);
      const key = `${phase}:${cacheKey}`;
      let n = seen.get(key);
      if (n === undefined) {
        n = d.list.length;
        seen.set(key, n);
        d.list.push({ specifier, attributes: sorted, phase, cacheKey });
      }
      d.slot.push(n);
    }
  }
  distinctOf.set(r, d);
  return d;
}

// The modules made here, by record: what a record's requests resolve back to.
const moduleOfRecord = new WeakMap();

function isModule(value) {
  return value instanceof Module && Object.hasOwn(value, kRecord);
}

function statusOf(r) {
  if (r.linking) return 'linking';
  switch (r.status) {
    case 'new':
    case 'fetched':
      return 'unlinked';
    case 'linked':
      return 'linked';
    case 'evaluating':
      return 'evaluating';
    default:
      return r.hasError ? 'errored' : 'evaluated';
  }
}

class Module {
  constructor(token) {
    if (new.target === Module || token !== kRecord) {
      throw new TypeError('Module is not a constructor');
    }
  }

  [require('internal/util').customInspectSymbol](depth, options) {
    if (!isModule(this)) throw new codes.ERR_INVALID_THIS('Module');
    if (typeof depth === 'number' && depth < 0) return `[${this.constructor.name}]`;
    const shown = Object.create(Object.getPrototypeOf(this), {
      status: { value: this.status, enumerable: true },
      identifier: { value: this.identifier, enumerable: true },
      context: { value: this.context, enumerable: true },
    });
    return require('internal/util/inspect').inspect(shown, { ...options, customInspect: false });
  }

  get identifier() {
    return this[kRecord].url;
  }

  get context() {
    return this[kRecord].context;
  }

  get status() {
    return statusOf(this[kRecord]);
  }

  get namespace() {
    const status = this.status;
    if (status === 'unlinked' || status === 'linking') {
      throw new codes.ERR_VM_MODULE_STATUS('must not be unlinked or linking');
    }
    return loader.getNamespace(this[kRecord]);
  }

  get error() {
    if (this.status !== 'errored') throw new codes.ERR_VM_MODULE_STATUS('must be errored');
    return this[kRecord].error;
  }

  async link(linker) {
    if (!isModule(this)) throw new codes.ERR_INVALID_THIS('Module');
    validateFunction(linker, 'linker');
    const status = this.status;
    if (status === 'linked' || status === 'evaluating' || status === 'evaluated' ||
        status === 'errored') {
      throw new codes.ERR_VM_MODULE_ALREADY_LINKED();
    }
    if (status !== 'unlinked') throw new codes.ERR_VM_MODULE_STATUS('must be unlinked');
    try {
      await this[kLinkGraph](linker);
      instantiateRecord(this[kRecord]);
    } catch (err) {
      // As node: a module whose linking failed is errored.
      const r = this[kRecord];
      r.status = 'evaluated';
      r.hasError = true;
      r.error = err;
      throw err;
    }
  }

  // Asks linker for each request, then links what it returned (depth first); a
  // module already on the way (a cycle) is not awaited.
  async [kLinkGraph](linker) {
    const r = this[kRecord];
    if (r.status !== 'new' || r.linking) return;
    r.linking = true;
    try {
      const { list, slot } = distinctRequests(r);
      const modules = await Promise.all(list.map(async ({ specifier, attributes }) => {
        const m = await linker(specifier, this, {
          attributes: { __proto__: null, ...attributes },
          assert: { __proto__: null, ...attributes },
        });
        if (!isModule(m)) throw new codes.ERR_VM_MODULE_NOT_MODULE();
        if (m.context !== this.context) throw new codes.ERR_VM_MODULE_DIFFERENT_CONTEXT();
        if (m.status === 'errored') {
          const err = new codes.ERR_VM_MODULE_LINK_FAILURE(specifier,
            'resolved to an errored module');
          err.cause = m.error;
          throw err;
        }
        return m;
      }));
      await Promise.all(modules.map((m) => m[kLinkGraph](linker)));
      r.requests = slot.map((n) => modules[n][kRecord]);
      r.status = 'fetched';
    } finally {
      r.linking = false;
    }
  }

  async evaluate(options = {}) {
    if (!isModule(this)) throw new codes.ERR_INVALID_THIS('Module');
    validateObject(options, 'options');
    const { timeout, breakOnSigint = false } = options;
    if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
    validateBoolean(breakOnSigint, 'options.breakOnSigint');
    const status = this.status;
    if (status !== 'linked' && status !== 'evaluated' && status !== 'errored') {
      throw new codes.ERR_VM_MODULE_STATUS('must be one of linked, evaluated, or errored');
    }
    const r = this[kRecord];
    if (r.status === 'evaluated') {
      // Settled at once, as node's promise for a module already evaluated.
      if (r.hasError) throw r.error;
      return;
    }
    const pending = timeout !== undefined || breakOnSigint ?
      vmInternals.callInterruptible(timeout ?? 0, breakOnSigint, () => loader.evaluate(r)) :
      loader.evaluate(r);
    if (pending !== undefined) await pending;
  }
}

function instantiateRecord(r) {
  for (const dep of graphRecords(r)) {
    // A dependency that imports nothing needs no linkRequests([]).
    if (dep !== r && dep.status === 'new' && !dep.linking && dep.meta?.specifiers.length === 0) {
      dep.requests = [];
      dep.status = 'fetched';
    }
    if (dep.status === 'new') {
      // Node names the unlinked module and its first request.
      const first = distinctRequests(dep).list[0];
      if (dep !== r && first !== undefined) {
        throw new codes.ERR_VM_MODULE_LINK_FAILURE(first.specifier,
          `can not be resolved on module '${moduleOfRecord.get(dep)?.identifier ?? dep.url}' that is not linked`);
      }
      const m = moduleOfRecord.get(r);
      throw new codes.ERR_VM_MODULE_LINK_FAILURE(
        `${m?.identifier ?? dep.url}`, 'is not linked');
    }
  }
  // A source phase import of a vm module: such modules have no source object.
  for (const dep of graphRecords(r)) {
    for (const req of dep.meta?.sourceRequests ?? []) {
      const target = dep.requests[req];
      if (target?.format === 'wasm') continue;
      throw new codes.ERR_SOURCE_PHASE_NOT_DEFINED(moduleOfRecord.get(target)?.identifier ?? target?.url);
    }
  }
  loader.link(r);
}

function graphRecords(root) {
  const seen = new Set([root]);
  const stack = [root];
  while (stack.length > 0) {
    const r = stack.pop();
    for (const dep of r.requests ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        stack.push(dep);
      }
    }
  }
  return seen;
}

function contextOption(context) {
  if (context === undefined) return undefined;
  const vm = require('vm');
  if (context === null || typeof context !== 'object' || !vm.isContext(context)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.context', 'vm.Context', context);
  }
  return context;
}

class SourceTextModule extends Module {
  #options;

  constructor(sourceText, options = {}) {
    super(kRecord);
    validateString(sourceText, 'sourceText');
    validateObject(options, 'options');
    const context = contextOption(options.context);
    const {
      identifier = nextIdentifier(context), lineOffset = 0, columnOffset = 0,
      initializeImportMeta, importModuleDynamically, cachedData,
    } = options;
    validateString(identifier, 'options.identifier');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (initializeImportMeta !== undefined) {
      validateFunction(initializeImportMeta, 'options.initializeImportMeta');
    }
    if (importModuleDynamically !== undefined) {
      validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    }
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.cachedData',
        ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    if (cachedData !== undefined && !vmInternals.cacheMatches(cachedData, sourceText)) {
      throw new codes.ERR_VM_MODULE_CACHED_DATA_REJECTED();
    }
    // (Made under a placeholder URL: the record would read an identifier such as
    // file://host as a file's URL.)
    const r = new loader.ModuleRecord('vm:', 'module', sourceText);
    r.url = identifier;
    loader.transformRecord(r);
    r.context = context;
    r.linking = false;
    r.requests = null;
    // Instantiated as it links, as a module on an import cycle is (the loader's
    // generator form): between link() and evaluate() its namespace shows var
    // bindings as undefined and hoisted functions, with let/const uninitialized.
    r.cyclic = true;
    r.compile = (code, prefix, suffix) =>
      vmInternals.compileIn(context, prefix + code + suffix, identifier, lineOffset);
    r.makeImportMeta = () => {
      const meta = { __proto__: null };
      if (initializeImportMeta !== undefined) initializeImportMeta(meta, this);
      return meta;
    };
    r.dynamicImport = vmInternals.makeImporter(importModuleDynamically, identifier, this, context);
    setRecord(this, r);
    this.#options = { cachedData, sourceText };
  }

  #specifiers;
  get dependencySpecifiers() {
    this.#specifiers ??=
      Object.freeze(distinctRequests(this[kRecord]).list.map(({ specifier }) => specifier));
    return this.#specifiers;
  }

  get moduleRequests() {
    return Object.freeze(distinctRequests(this[kRecord]).list.map(({ specifier, attributes, phase }) =>
      Object.freeze({
        __proto__: null,
        specifier,
        attributes: Object.freeze({ __proto__: null, ...attributes }),
        phase,
      })));
  }

  hasTopLevelAwait() {
    return this[kRecord].meta.tla === true;
  }

  hasAsyncGraph() {
    const status = this.status;
    if (status === 'unlinked' || status === 'linking') {
      throw new codes.ERR_VM_MODULE_STATUS('must not be unlinked or linking');
    }
    for (const r of graphRecords(this[kRecord])) {
      if (r.meta?.tla === true) return true;
    }
    return false;
  }

  linkRequests(modules) {
    validateArray(modules, 'modules');
    const r = this[kRecord];
    if (this.status !== 'unlinked') throw new codes.ERR_VM_MODULE_ALREADY_LINKED();
    const { list, slot } = distinctRequests(r);
    if (modules.length !== list.length) {
      throw new codes.ERR_MODULE_LINK_MISMATCH(
        `Expected ${list.length} modules to link, got ${modules.length}`);
    }
    const records = modules.map((m, i) => {
      if (!isModule(m)) throw new codes.ERR_VM_MODULE_NOT_MODULE();
      if (m.context !== this.context) {
        throw new codes.ERR_VM_MODULE_LINK_FAILURE(list[i].specifier, 'is from a different context');
      }
      return m[kRecord];
    });
    // Requests that differ only in phase name one module.
    const byKey = new Map();
    for (let i = 0; i < list.length; i++) {
      const first = byKey.get(list[i].cacheKey);
      if (first === undefined) {
        byKey.set(list[i].cacheKey, i);
      } else if (records[first] !== records[i]) {
        throw new codes.ERR_MODULE_LINK_MISMATCH(
          `Module request 'ModuleCacheKey(${JSON.stringify(list[i].specifier)})' at index ${first} ` +
          `must be linked to the same module requested at index ${i}`);
      }
    }
    r.requests = slot.map((n) => records[n]);
    r.status = 'fetched';
  }

  instantiate() {
    const status = this.status;
    if (status !== 'unlinked') {
      if (status === 'linked') return;
      throw new codes.ERR_VM_MODULE_STATUS('must be unlinked');
    }
    const r = this[kRecord];
    if (r.status === 'new') {
      throw new codes.ERR_VM_MODULE_LINK_FAILURE(this.identifier, 'is not linked');
    }
    instantiateRecord(r);
  }

  createCachedData() {
    if (this.status === 'evaluating' || this.status === 'evaluated' || this.status === 'errored') {
      throw new codes.ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA();
    }
    return vmInternals.cacheFor(this.#options.sourceText);
  }
}

class SyntheticModule extends Module {
  constructor(exportNames, evaluateCallback, options = {}) {
    super(kRecord);
    if (!Array.isArray(exportNames) || exportNames.some((name) => typeof name !== 'string')) {
      throw new codes.ERR_INVALID_ARG_TYPE('exportNames', 'Array of unique strings',
        exportNames);
    }
    const names = new Set();
    exportNames.forEach((name) => {
      if (names.has(name)) {
        throw new codes.ERR_INVALID_ARG_VALUE(`exportNames.${name}`, name, 'is duplicated');
      }
      names.add(name);
    });
    validateFunction(evaluateCallback, 'evaluateCallback');
    validateObject(options, 'options');
    const context = contextOption(options.context);
    const { identifier = nextIdentifier(context) } = options;
    validateString(identifier, 'options.identifier');
    const r = new loader.ModuleRecord('vm:', 'synthetic', null);
    r.url = identifier;
    r.context = context;
    r.linking = false;
    r.exportNames = names;
    r.values = { __proto__: null };
    for (const name of names) r.values[name] = undefined;
    r.requests = [];
    r.status = 'fetched';
    r.evaluateSynthetic = () => {
      // A promise it returns is not waited for, as in node.
      Reflect.apply(evaluateCallback, this, []);
    };
    loader.link(r);
    setRecord(this, r);
  }

  // A synthetic module imports nothing: it is linked from the start.
  async link(linker) {
    validateFunction(linker, 'linker');
  }

  setExport(name, value) {
    if (!isModule(this) || !(this instanceof SyntheticModule)) {
      throw new codes.ERR_INVALID_THIS('SyntheticModule');
    }
    validateString(name, 'name');
    const r = this[kRecord];
    if (!r.exportNames.has(name)) {
      throw new ReferenceError(`Export '${name}' is not defined in module`);
    }
    r.values[name] = value;
  }
}

// What an importModuleDynamically callback returned, as import() resolves it.
function namespaceOf(result) {
  if (isModule(result)) {
    if (result.status === 'errored') throw result.error;
    return result.namespace;
  }
  if (loader.isModuleNamespace(result)) return result;
  throw new codes.ERR_VM_MODULE_NOT_MODULE();
}

// What an importModuleDynamically callback returned for import.source(): vm
// modules have no source object.
function sourceOf(result) {
  if (isModule(result)) throw new codes.ERR_SOURCE_PHASE_NOT_DEFINED(result.identifier);
  throw new codes.ERR_VM_MODULE_NOT_MODULE();
}

function setInternals(internals) {
  vmInternals = internals;
}

module.exports = { Module, SourceTextModule, SyntheticModule, namespaceOf, sourceOf, setInternals };
