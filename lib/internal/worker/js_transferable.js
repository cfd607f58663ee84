'use strict';
// Objects of lib/ classes that can cross threads (node's JS transferables): a
// class defines on its prototype
//   [kClone]()       -> { data, deserializeInfo }   copied (postMessage, structuredClone)
//   [kTransfer]()    -> { data, deserializeInfo }   moved, when listed in a transfer list
//   [kTransferList]() -> transferables data carries (ports) to move with it
//   [kDeserialize](data)   fills a new instance on the receiving side
// deserializeInfo is 'internal module id:class name'; only built-in modules are
// consulted, so a message cannot make the receiver load other code.

const kClone = Symbol('messaging_clone_symbol');
const kDeserialize = Symbol('messaging_deserialize_symbol');
const kTransfer = Symbol('messaging_transfer_symbol');
const kTransferList = Symbol('messaging_transfer_list_symbol');

function isCloneable(value) {
  return typeof value?.[kClone] === 'function';
}

function isTransferable(value) {
  return typeof value?.[kTransfer] === 'function';
}

// A new object of the class deserializeInfo names, filled from data.
function create(deserializeInfo, data) {
  const colon = `${deserializeInfo}`.indexOf(':');
  const id = colon === -1 ? deserializeInfo : deserializeInfo.slice(0, colon);
  const name = colon === -1 ? '' : deserializeInfo.slice(colon + 1);
  let exports;
  try {
    exports = require(id);
  } catch {
    throw new Error(`Missing internal module '${id}'`);
  }
  const Ctor = exports?.[name];
  if (typeof Ctor !== 'function' || typeof Ctor.prototype?.[kDeserialize] !== 'function') {
    throw new Error(`Unknown deserialize spec ${deserializeInfo}`);
  }
  // [kDeserialize] fills the new object, or returns the object to use instead
  // (classes with private fields make theirs through their constructor).
  const object = Object.create(Ctor.prototype);
  const made = object[kDeserialize](data);
  return made !== undefined ? made : object;
}

module.exports = { kClone, kDeserialize, kTransfer, kTransferList, isCloneable, isTransferable, create };
