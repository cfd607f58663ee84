'use strict';
// process.finalization: callbacks run at 'exit' (register) or 'beforeExit'
// (registerBeforeExit) for objects that are still alive then. The objects are held
// weakly: one collected before that is forgotten, and its callback never runs.

const { validateObject, kValidateObjectAllowObjects } = require('internal/validators');
const { emitExperimentalWarning } = require('internal/util');

const kAllowed = { exit: new Set(), beforeExit: new Set() };
let registry;
const listening = { exit: false, beforeExit: false };

function onEvent(event) {
  for (const entry of [...kAllowed[event]]) {
    const obj = entry.ref.deref();
    if (obj === undefined) continue;
    entry.fn(obj, event);
  }
}

function add(event, obj, fn) {
  validateObject(obj, 'obj', kValidateObjectAllowObjects);
  registry ??= new FinalizationRegistry((entry) => entry.set.delete(entry));
  const set = kAllowed[event];
  const entry = { ref: new WeakRef(obj), fn, set };
  set.add(entry);
  // The entry (not the object) is the token: unregister finds entries by object.
  registry.register(obj, entry, entry);
  if (!listening[event]) {
    listening[event] = true;
    process.on(event, () => onEvent(event));
  }
}

function register(obj, fn) {
  emitExperimentalWarning('process.finalization.register');
  add('exit', obj, fn);
}

function registerBeforeExit(obj, fn) {
  emitExperimentalWarning('process.finalization.registerBeforeExit');
  add('beforeExit', obj, fn);
}

function unregister(obj) {
  emitExperimentalWarning('process.finalization.unregister');
  for (const set of [kAllowed.exit, kAllowed.beforeExit]) {
    for (const entry of set) {
      if (entry.ref.deref() === obj) {
        set.delete(entry);
        registry.unregister(entry);
      }
    }
  }
}

module.exports = { register, registerBeforeExit, unregister };
