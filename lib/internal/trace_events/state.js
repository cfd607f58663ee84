'use strict';
// lib/'s side of the process's trace-event recorder (src/runtime/trace_agent.h):
// whether a category group is recorded, and recording an event. Until some category
// is on (the command line's, or node:trace_events' at run time) every check is one
// load of a boolean, so the instrumented paths cost nothing untraced.

const binding = internalBinding('trace_events');

let active = binding.active();
const groups = new Map(); // category group -> whether it is recorded
const listeners = [];

// Whether events of the category group ('node,node.http') are recorded.
function isEnabled(group) {
  if (!active) return false;
  let on = groups.get(group);
  if (on === undefined) {
    on = binding.isEnabled(group);
    groups.set(group, on);
  }
  return on;
}

// Records one event of Chrome's trace format now: ph its phase letter, id a number
// or undefined, args a JSON-able object or undefined.
function trace(ph, group, name, id, args) {
  binding.trace(ph, group, name, id, args === undefined ? undefined : JSON.stringify(args));
}

// Calls fn whenever the enabled categories change (node:trace_events).
function onCategoriesChange(fn) {
  listeners.push(fn);
}

// The categories node:trace_events has enabled in this process.
function setDynamicCategories(list) {
  binding.setDynamicCategories(list);
  active = binding.active();
  groups.clear();
  for (let i = 0; i < listeners.length; i++) listeners[i]();
}

let nextId = 0;
// An id for an async span ('b'/'e') no other span of this thread has.
function newTraceId() {
  return ++nextId;
}

module.exports = {
  isEnabled, trace, onCategoriesChange, setDynamicCategories, newTraceId,
  enabledCategories: binding.categories,
  nameThread: binding.nameThread,
};
