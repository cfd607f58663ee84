'use strict';
// node:dns/promises: promise adapters over lib/internal/dns/utils.js.

const utils = require('internal/dns/utils');

// start(done) runs outside the executor: argument validation throws synchronously, as in node.
function promised(start) {
  let done;
  const p = new Promise((resolve, reject) => {
    done = (err, value) => (err ? reject(err) : resolve(value));
  });
  start(done);
  return p;
}

function lookup(hostname, options) {
  return promised((done) => utils.lookup(hostname, options, (err, address, family) => {
    if (err) return done(err);
    done(null, Array.isArray(address) ? address : { address, family });
  }));
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new utils.ERR_MISSING_ARGS('address', 'port');
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
    return promised((done) => this._reverse(ip, done, false));
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
  defaultResolver ??= new Resolver(utils.kShareDefault);
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
  'resolveTlsa', 'resolveTxt', 'reverse', 'setServers']) {
  module.exports[method] = {
    [method](...args) {
      if (method === 'setServers') return utils.setDefaultServers(getDefaultResolver(), args[0], false);
      return getDefaultResolver()[method](...args);
    },
  }[method];
}
