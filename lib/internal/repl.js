'use strict';
// Shared between node:repl and the `eddy` entry point: the option that marks the
// REPL the process itself runs (its errors reach process 'uncaughtException'
// listeners when there are some), and the built-in modules as lazy globals.

const kStandaloneREPL = Symbol('kStandaloneREPL');

// Each built-in module becomes a property of object (a global), loaded on first
// read through module's require; an assignment replaces it with a plain value.
// Names the object has already are kept, except those in `replace`.
function addBuiltinLibsToObject(object, module, replace = []) {
  const { builtinModules } = require('module');
  for (const name of builtinModules) {
    if (name.startsWith('_') || name.includes('/') || name.includes(':') ||
        (!replace.includes(name) && Object.prototype.hasOwnProperty.call(object, name))) {
      continue;
    }
    const setReal = (value) => {
      delete object[name];
      object[name] = value;
    };
    Object.defineProperty(object, name, {
      __proto__: null,
      get() {
        const lib = module.require(name);
        // A property the program made non-configurable keeps this getter, as in node.
        if (Object.getOwnPropertyDescriptor(object, name)?.configurable) {
          Object.defineProperty(object, name, {
            __proto__: null, get: () => lib, set: setReal, configurable: true, enumerable: false,
          });
        }
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

module.exports = { kStandaloneREPL, addBuiltinLibsToObject };
