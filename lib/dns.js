'use strict';
// node:dns, the callback API: thin adapters over lib/internal/dns/utils.js.

const utils = require('internal/dns/utils');
const { validateFunction, validateString } = require('internal/validators');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  return utils.lookup(hostname, options, callback);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateFunction(callback, 'callback');
  return utils.lookupService(address, port, callback);
}

class Resolver extends utils.ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else {
      utils.validateRrtype(rrtype);
    }
    validateString(hostname, 'name');
    validateFunction(callback, 'callback');
    return this._query(rrtype, hostname, undefined, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    return this._reverse(ip, callback);
  }
}

for (const rrtype of Object.keys(utils.rrtypes)) {
  const name = `resolve${rrtype === 'AAAA' ? '6' : rrtype === 'A' ? '4' : rrtype[0] + rrtype.slice(1).toLowerCase()}`;
  Object.defineProperty(Resolver.prototype, name, {
    value: {
      [name](hostname, options, callback) {
        if (typeof options === 'function') {
          callback = options;
          options = undefined;
        }
        validateString(hostname, 'name');
        validateFunction(callback, 'callback');
        return this._query(rrtype, hostname, options, callback);
      },
    }[name],
    writable: true, configurable: true, enumerable: false,
  });
}

let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= new Resolver(utils.kShareDefault);
  return defaultResolver;
}

const resolverMethods = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTlsa', 'resolveTxt', 'reverse', 'setServers'];

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  ADDRCONFIG: utils.ADDRCONFIG,
  ALL: utils.ALL,
  V4MAPPED: utils.V4MAPPED,
  ...utils.errorCodes,
};

for (const method of resolverMethods) {
  module.exports[method] = {
    [method](...args) {
      if (method === 'setServers') return utils.setDefaultServers(getDefaultResolver(), args[0], true);
      return getDefaultResolver()[method](...args);
    },
  }[method];
}

Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true,
  get() {
    return require('internal/dns/promises');
  },
});
