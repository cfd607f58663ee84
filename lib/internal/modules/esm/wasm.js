'use strict';
// WebAssembly modules imported as ES modules (node's "wasm" format): the module's
// imports name other modules, resolved and evaluated first; its exports become the
// namespace (a global's value in place of the WebAssembly.Global).

let warned = false;

function linkError(message) {
  return new WebAssembly.LinkError(message);
}

// r's WebAssembly.Module, compiled once (also a source phase import's value).
function compileWasm(r) {
  if (r.wasm === undefined) {
    installAbstractModuleSource();
    r.wasm = new WebAssembly.Module(r.source);
    r.source = undefined;
  }
  return r.wasm;
}

// Compiles r and returns the records it imports from, in order.
function fetchWasm(r, getModule) {
  const wasm = compileWasm(r);
  const imports = WebAssembly.Module.imports(wasm);
  const exports = WebAssembly.Module.exports(wasm);
  // Names reserved for the JS API's own builtins (node rejects them).
  for (const { module, name } of imports) {
    if (module.startsWith('wasm-js:')) throw linkError(`Invalid Wasm import "${module}" in ${r.url}`);
    if (name.startsWith('wasm:') || name.startsWith('wasm-js:')) {
      throw linkError(`Invalid Wasm import name "${name}" in ${r.url}`);
    }
  }
  for (const { name } of exports) {
    if (name.startsWith('wasm:') || name.startsWith('wasm-js:')) {
      throw linkError(`Invalid Wasm export name "${name}" in ${r.url}`);
    }
  }
  r.exportNames = new Set(exports.map((e) => e.name));
  return [...new Set(imports.map((i) => i.module))].map((specifier) => getModule(specifier, r.url, undefined, r.graph));
}

// %AbstractModuleSource%, the prototype of WebAssembly.Module.prototype in V8 (the
// source phase imports proposal), whose toStringTag getter names the class of a
// module source: JSC has none yet, so it is put in place as wasm modules first load.
let abstractInstalled = false;
function installAbstractModuleSource() {
  if (abstractInstalled) return;
  abstractInstalled = true;
  const proto = WebAssembly.Module.prototype;
  if (Object.getPrototypeOf(proto) !== Object.prototype) return;
  function AbstractModuleSource() {
    throw new TypeError('Abstract class AbstractModuleSource not directly constructable');
  }
  const abstractProto = AbstractModuleSource.prototype;
  Object.defineProperty(abstractProto, Symbol.toStringTag, {
    get() {
      return this instanceof WebAssembly.Module ? 'WebAssembly.Module' : undefined;
    },
    configurable: true,
  });
  Object.setPrototypeOf(proto, abstractProto);
  Object.setPrototypeOf(WebAssembly.Module, AbstractModuleSource);
}

// A v128 global has no JavaScript value: it reads as undefined, as in node.
function globalValue(global) {
  try {
    return global.value;
  } catch {
    return undefined;
  }
}

// Instantiates r with its imports' current values; read(record, name) reads one.
function instantiateWasm(r, read) {
  if (!warned) {
    warned = true;
    process.emitWarning('Importing WebAssembly module instances is an experimental feature and ' +
      'might change at any time', 'ExperimentalWarning');
  }
  const module = r.wasm;
  const imports = WebAssembly.Module.imports(module);
  const specifiers = [...new Set(imports.map((i) => i.module))];
  const importObject = { __proto__: null };
  for (const { module: specifier, name } of imports) {
    const dep = r.requests[specifiers.indexOf(specifier)];
    // From another WebAssembly module its export itself (a global stays one, so a
    // mutable or v128 global links); from JavaScript the binding's value.
    const value = dep.format === 'wasm' && dep.wasmExports !== undefined && name in dep.wasmExports
      ? dep.wasmExports[name] : read(dep, name);
    (importObject[specifier] ??= { __proto__: null })[name] = value;
  }
  const instance = new WebAssembly.Instance(module, importObject);
  const values = { __proto__: null };
  for (const name of r.exportNames) {
    const value = instance.exports[name];
    // A global's value as instantiated (node 24 has no live global bindings yet).
    values[name] = value instanceof WebAssembly.Global ? globalValue(value) : value;
  }
  r.wasmExports = instance.exports;
  r.values = values;
}

module.exports = { installAbstractModuleSource, compileWasm, fetchWasm, instantiateWasm };
