'use strict';
// Object.setPrototypeOf and Reflect.setPrototypeOf for the global object of a context
// made with vm.constants.DONT_CONTEXTIFY. V8 lets such a global take a new prototype
// (jsdom gives its window one); JSC's global objects refuse, so the main realm's two
// functions are replaced, the first time such a context is made, by ones that set a
// registered global's prototype through the engine (src/binding/contextify.c) and
// leave every other object to the engine's own. (The __proto__ setter is not
// replaced: it still refuses these globals.)

const { Object, Reflect, TypeError, WeakSet } = globalThis;

const globals = new WeakSet();
let binding;

function setGlobalPrototype(global, proto) {
  for (let p = proto; p !== null; p = Object.getPrototypeOf(p)) {
    if (p === global) throw new TypeError('Cyclic __proto__ value');
  }
  binding.setGlobalPrototype(global, proto);
}

function isPrototypeValue(proto) {
  return typeof proto === 'object' || typeof proto === 'function';
}

function install() {
  const engine = { object: Object.setPrototypeOf, reflect: Reflect.setPrototypeOf };
  // Methods, so that like built-ins they have no prototype property.
  const replacements = {
    setPrototypeOf(object, proto) {
      if (!globals.has(object) || !isPrototypeValue(proto)) return engine.object(object, proto);
      setGlobalPrototype(object, proto);
      return object;
    },
  };
  const reflectReplacements = {
    setPrototypeOf(target, proto) {
      if (!globals.has(target) || !isPrototypeValue(proto)) return engine.reflect(target, proto);
      setGlobalPrototype(target, proto);
      return true;
    },
  };
  const descriptor = (value) => ({ value, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(Object, 'setPrototypeOf', descriptor(replacements.setPrototypeOf));
  Object.defineProperty(Reflect, 'setPrototypeOf', descriptor(reflectReplacements.setPrototypeOf));
}

// Called with each DONT_CONTEXTIFY global, and the contextify binding.
function allowPrototypeChange(contextify, global) {
  if (binding === undefined) {
    binding = contextify;
    install();
  }
  globals.add(global);
}

module.exports = { allowPrototypeChange };
