'use strict';
// node:dns/promises: promise adapters over lib/internal/dns/utils.js.

const utils = require('internal/dns/utils');

function promised(start) {
  return new Promise((resolve, reject) => {
    start((err, value) => (err ? reject(err) : resolve(value)));
  });
}

function lookup(hostname, options) {
  // Validation throws synchronously in node too.
  let req;
  const p = new Promise((resolve, reject) => {
    req = utils.lookup(hostname, options, (err, address, family) => {
      if (err) return reject(err);
      resolve(Array.isArray(address) ? address : { address, family });
    });
  });
  void req;
  return p;
}

function lookupService(address, port) {
  let start;
  const p = new Promise((resolve, reject) => {
    start = () => utils.lookupService(address, port, (err, hostname, service) => {
      if (err) return reject(err);
      resolve({ hostname, service });
    });
  });
  start();
  return p;
}

class Resolver extends utils.ResolverBase {
  resolve(hostname, rrtype = 'A') {
    utils.validateRrtype(rrtype);
    return promised((done) => this._query(rrtype, hostname, undefined, done));
  }

  reverse(ip) {
    return promised((done) => this._reverse(ip, done));
  }
}

for (const rrtype of Object.keys(utils.rrtypes)) {
  const name = `resolve${rrtype === 'AAAA' ? '6' : rrtype === 'A' ? '4' : rrtype[0] + rrtype.slice(1).toLowerCase()}`;
  Object.defineProperty(Resolver.prototype, name, {
    value: {
      [name](hostname, options) {
        return promised((done) => this._query(rrtype, hostname, options, done));
      },
    }[name],
    writable: true, configurable: true, enumerable: false,
  });
}

let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= new Resolver();
  return defaultResolver;
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  ...utils.errorCodes,
};

for (const method of ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse', 'setServers']) {
  module.exports[method] = {
    [method](...args) {
      return getDefaultResolver()[method](...args);
    },
  }[method];
}
