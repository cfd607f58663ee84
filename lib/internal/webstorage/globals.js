'use strict';
// The Web Storage globals, defined at start-up with --experimental-webstorage
// (lib/internal/bootstrap/globals.js) as node defines them: Storage a
// non-enumerable global, localStorage and sessionStorage enumerable accessors
// that stay accessors after the first read (node's do) and read the module's
// getter each time until assigned, so that without --localstorage-file every
// read of localStorage throws. Nothing loads internal/webstorage (nor warns)
// until one of them is read.

function load() {
  return require('internal/webstorage');
}

// An accessor pair named `get <name>` and `set <name>`, as node's: the object
// literal's computed keys name the functions.
function defineAccessors(name, enumerable, get, set) {
  const pair = {
    get [name]() { return get(); },
    set [name](value) { set(value); },
  };
  const descriptor = Object.getOwnPropertyDescriptor(pair, name);
  descriptor.enumerable = enumerable;
  Object.defineProperty(globalThis, name, descriptor);
}

// Storage becomes a plain value on first read or assignment.
function defineValue(value) {
  Object.defineProperty(globalThis, 'Storage', {
    value, writable: true, enumerable: false, configurable: true,
  });
}
defineAccessors('Storage', false, () => {
  const { Storage } = load();
  defineValue(Storage);
  return Storage;
}, defineValue);

for (const name of ['localStorage', 'sessionStorage']) {
  let assigned = false;
  let value;
  defineAccessors(name, true, () => (assigned ? value : load()[name]), (newValue) => {
    assigned = true;
    value = newValue;
  });
}
