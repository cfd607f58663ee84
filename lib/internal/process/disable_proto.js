'use strict';
// --disable-proto=delete|throw, in every realm the process makes (the main one, each
// worker's, each vm context's), as in node: Object.prototype.__proto__ removed, or
// made an accessor whose getter and setter throw ERR_PROTO_ACCESS.
// Object.getPrototypeOf/setPrototypeOf and `{ __proto__: x }` literals still work.

const { getOptionValues } = require('internal/options');

const modes = getOptionValues('--disable-proto');
// The mode given last, or undefined when the flag was not given.
const mode = modes.length === 0 ? undefined : modes[modes.length - 1];

function disableProto(ObjectPrototype) {
  if (mode === 'delete') {
    delete ObjectPrototype.__proto__;
  } else if (mode === 'throw') {
    const { codes } = require('internal/errors');
    // Anonymous, as node's are.
    const fail = [function() { throw new codes.ERR_PROTO_ACCESS(); }][0];
    Object.defineProperty(ObjectPrototype, '__proto__', {
      get: fail, set: fail, enumerable: false, configurable: true,
    });
  }
}

module.exports = { mode, disableProto };
