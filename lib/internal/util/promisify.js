'use strict';
// util.promisify and util.callbackify, shared by node:util and the modules that
// promisify their own callback APIs.

const { validateFunction } = require('internal/validators');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// A callback API that yields several values lists their names under
// kCustomPromisifyArgsSymbol, and its promise resolves to an object of them
// (fs.read's { bytesRead, buffer }). The symbol lives in internal/util, which fs
// loads anyway, so that fs marks its functions without loading this module.
const { kCustomPromisifyArgsSymbol } = require('internal/util');

let isPromise;

function copyDescriptors(target, source, edit) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (edit) edit(descriptors);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      const ret = Reflect.apply(original, this, args);
      isPromise ??= require('internal/util/types').types.isPromise;
      if (isPromise(ret)) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
          'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection still has to reach the callback as an error.
  if (!reason) {
    reason = new (require('internal/errors').codes.ERR_FALSY_VALUE_REJECTION)(reason);
    // Its stack starts where node's does, at the tick that delivers it.
    Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyDescriptors(callbackified, original, (descriptors) => {
    if (typeof descriptors.length?.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name?.value === 'string') descriptors.name.value += 'Callbackified';
  });
}

module.exports = { callbackify, kCustomPromisifiedSymbol, kCustomPromisifyArgsSymbol, promisify };
