'use strict';
// The one validated core of node:dns, shared by the callback API (lib/dns.js) and
// the promise API (lib/internal/dns/promises.js): each calls these with a `done`
// function and only adapts how the result is delivered.

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net');
const { captureFrame } = require('internal/async_hooks');
const {
  codes,
  uvErrorInfo,
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateInt32, validateNumber, validateOneOf, validatePort,
  validateString,
} = require('internal/validators');

const { AI_ADDRCONFIG, AI_V4MAPPED, AI_ALL } = cares;
const orders = { verbatim: 0, ipv4first: 1, ipv6first: 2 };
let defaultResultOrder = 'verbatim';

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = order;
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

// node's DNSException: a libuv errno (lookup) or a c-ares code name (queries).
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === cares.UV_EAI_NODATA || code === cares.UV_EAI_NONAME) code = 'ENOTFOUND';
    else code = uvErrorInfo(code)[0];
  }
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  Error.captureStackTrace?.(err, dnsException);
  return err;
}

// Validated lookup options: { family, hints, all, order }.
function lookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (typeof options === 'number' || options === undefined || options === null) {
    if (options != null) {
      validateOneOf(options, 'family', [0, 4, 6]);
      family = options;
    }
  } else {
    if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.hints != null) {
      validateNumber(options.hints, 'hints');
      hints = options.hints >>> 0;
      if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('hints', options.hints);
      }
    }
    if (options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'family', [0, 4, 6]);
        family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(`The provided hostname "${String(hostname)}" is not a valid hostname, and is supported in ` +
    'the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// lookup core: done(err, addressOrList, family) is called asynchronously.
// perf_hooks 'dns' entries: a successful lookup, lookupService or query is timed
// while an observer wants them. perfStart() answers undefined when none does.
let perfObserve;
function perfStart() {
  perfObserve ??= require('internal/perf/observe');
  return perfObserve.hasObserver('dns') ? internalBinding('perf').now() : undefined;
}
function perfEnd(start, name, detail) {
  if (start === undefined) return;
  const { PerformanceEntry, kConstruct, enqueue } = perfObserve;
  enqueue(new PerformanceEntry(kConstruct, name, 'dns', start,
                               internalBinding('perf').now() - start, detail));
}

function lookup(hostname, options, done) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, hints, all, order } = lookupOptions(options);
  if (!hostname) {
    if (hostname !== undefined) emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(done, null, []);
    else process.nextTick(done, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const literal = isIP(hostname);
  if (literal) {
    if (all) process.nextTick(done, null, [{ address: hostname, family: literal }]);
    else process.nextTick(done, null, hostname, literal);
    return {};
  }
  const start = perfStart();
  const req = {
    oncomplete(status, addresses) {
      if (status !== 0) return done(dnsException(status, 'getaddrinfo', hostname));
      perfEnd(start, 'lookup', {
        hostname, family, hints, verbatim: order === 'verbatim', order, addresses,
      });
      if (all) return done(null, addresses.map((address) => ({ address, family: isIP(address) })));
      done(null, addresses[0], family || isIP(addresses[0]));
    },
  };
  captureFrame(req); // AsyncLocalStorage reaches the callback (runCallback)
  const err = cares.getaddrinfo(req, hostname, family, hints, orders[order]);
  if (err) process.nextTick(done, dnsException(err, 'getaddrinfo', hostname));
  return req;
}

// lookupService core: done(err, hostname, service).
function lookupService(address, port, done) {
  validateString(address, 'address');
  if (isIP(address) === 0) throw new codes.ERR_INVALID_ARG_VALUE('address', address);
  port = validatePort(port);
  const start = perfStart();
  const req = {
    oncomplete(status, hostname, service) {
      if (status !== 0) return done(dnsException(status, 'getnameinfo', address));
      perfEnd(start, 'lookupService', { host: address, port, hostname, service });
      done(null, hostname, service);
    },
  };
  captureFrame(req);
  const err = cares.getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

// --- queries -----------------------------------------------------------------------

const rrtypes = {
  A: ['queryA', 'A'], AAAA: ['queryAaaa', 'AAAA'], ANY: ['queryAny', 'ANY'], CAA: ['queryCaa', 'CAA'],
  CNAME: ['queryCname', 'CNAME'], MX: ['queryMx', 'MX'], NAPTR: ['queryNaptr', 'NAPTR'],
  NS: ['queryNs', 'NS'], PTR: ['queryPtr', 'PTR'], SOA: ['querySoa', 'SOA'], SRV: ['querySrv', 'SRV'],
  TLSA: ['queryTlsa', 'TLSA'], TXT: ['queryTxt', 'TXT'],
};

function shapeAddresses(result, ttls, withTtl) {
  if (!withTtl) return result;
  return result.map((address, i) => ({ address, ttl: ttls[i] }));
}

function shape(type, result, ttls, withTtl) {
  const out = [];
  switch (type) {
    case 'A':
    case 'AAAA':
      return shapeAddresses(result, ttls, withTtl);
    case 'MX':
      for (let i = 0; i < result.length; i += 2) out.push({ exchange: result[i], priority: result[i + 1], type: 'MX' });
      return out;
    case 'SRV':
      for (let i = 0; i < result.length; i += 4) {
        out.push({ name: result[i], port: result[i + 1], priority: result[i + 2], weight: result[i + 3], type: 'SRV' });
      }
      return out;
    case 'NAPTR':
      for (let i = 0; i < result.length; i += 6) {
        out.push({
          flags: result[i], service: result[i + 1], regexp: result[i + 2], replacement: result[i + 3],
          order: result[i + 4], preference: result[i + 5], type: undefined,
        });
      }
      return out;
    case 'SOA':
      return {
        nsname: result[0], hostmaster: result[1], serial: result[2], refresh: result[3],
        retry: result[4], expire: result[5], minttl: result[6], type: undefined,
      };
    case 'CAA':
      for (let i = 0; i < result.length; i += 3) {
        out.push({ critical: result[i], type: 'CAA', [result[i + 1]]: result[i + 2] });
      }
      return out;
    case 'TLSA':
      for (let i = 0; i < result.length; i += 4) {
        out.push({ certUsage: result[i], selector: result[i + 1], match: result[i + 2], data: result[i + 3] });
      }
      return out;
    default: // CNAME, NS, PTR, TXT
      return result;
  }
}

function shapeAny(entries) {
  const out = [];
  for (const [type, result, ttls] of entries) {
    const shaped = shape(type, result, ttls, true);
    if (type === 'SOA') {
      out.push({ ...shaped, type });
    } else {
      for (const item of shaped) {
        if (type === 'TXT') out.push({ entries: item, type });
        else if (type === 'TLSA') out.push(item); // (node 24 gives these no type)
        else if (typeof item === 'string') out.push({ value: item, type });
        else out.push({ ...item, type });
      }
    }
  }
  return out;
}

function parseServer(serv, i) {
  validateString(serv, `servers[${i}]`);
  let m;
  if ((m = /^\[([^\]]+)\](?::(\d+))?$/.exec(serv)) !== null) {
    if (isIP(m[1]) === 6) return [m[1], m[2] ? +m[2] : 53, 6];
  } else if (isIP(serv)) {
    return [serv, 53, isIP(serv)];
  } else if ((m = /^([^:]+):(\d+)$/.exec(serv)) !== null && isIP(m[1]) === 4) {
    return [m[1], +m[2], 4];
  }
  throw new codes.ERR_INVALID_IP_ADDRESS(serv);
}

// The c-ares channel, as node's own enumerable `_handle` (code reaches for it).
const kHandle = '_handle';

// The state and queries shared by dns.Resolver and dns.promises.Resolver.
// node's binding throws these as TypeErrors with a code but no "[code]" in the text.
function localAddressError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

// The default resolvers of node:dns and node:dns/promises share one channel, so that
// dns.setServers() routes dns.promises queries too. dns.promises.setServers() changes
// only the promise API's servers (it moves that resolver to a channel of its own, until
// the next dns.setServers()), as in node.
const kShareDefault = Symbol('kShareDefault');
let defaultChannel;
const defaultResolvers = [];

function setDefaultServers(resolver, servers, everywhere) {
  const previous = resolver[kHandle];
  if (!everywhere && previous === defaultChannel) resolver[kHandle] = new cares.ChannelWrap(-1, 4);
  try {
    resolver.setServers(servers);
  } catch (err) {
    resolver[kHandle] = previous;
    throw err;
  }
  if (everywhere) {
    defaultChannel = resolver[kHandle];
    for (const r of defaultResolvers) r[kHandle] = defaultChannel;
  }
}

class ResolverBase {
  constructor(options = undefined) {
    if (options === kShareDefault) {
      this[kHandle] = defaultChannel ??= new cares.ChannelWrap(-1, 4);
      defaultResolvers.push(this);
      return;
    }
    let timeout = -1;
    let tries = 4;
    if (options != null) {
      if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
      if (options.timeout !== undefined) {
        validateInt32(options.timeout, 'options.timeout', -1);
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        validateInt32(options.tries, 'options.tries', 1);
        tries = options.tries;
      }
    }
    this[kHandle] = new cares.ChannelWrap(timeout, tries);
  }

  cancel() {
    this[kHandle].cancel();
  }

  getServers() {
    return (this[kHandle].getServers() || []).map(([ip, port]) => {
      const v6 = ip.includes(':');
      if (port === 53) return ip;
      return v6 ? `[${ip}]:${port}` : `${ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    // Holes are skipped and repeats kept once, as node does.
    const parsed = [];
    const seen = new Set();
    servers.forEach((serv, i) => {
      const server = parseServer(serv, i);
      const key = `${server[0]}:${server[1]}`;
      if (!seen.has(key)) {
        seen.add(key);
        parsed.push(server);
      }
    });
    const csv = parsed.map(([ip, port, family]) => (family === 6 ? `[${ip}]:${port}` : `${ip}:${port}`)).join(',');
    const status = this[kHandle].setServers(csv);
    if (status !== 0) throw new codes.ERR_DNS_SET_SERVERS_FAILED(status === -1 ? 'queries in progress' : status, servers.join(','));
  }

  // One address of each family, in either order.
  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const { isIPv4, isIPv6 } = require('internal/net');
    const addresses = { 4: null, 6: null };
    for (const ip of ipv6 === undefined ? [ipv4] : [ipv4, ipv6]) {
      const family = isIPv4(ip) ? 4 : isIPv6(ip) ? 6 : 0;
      if (family === 0) throw localAddressError('Invalid IP address.');
      if (addresses[family] !== null) {
        throw localAddressError(`Cannot specify two IPv${family} addresses.`);
      }
      addresses[family] = ip;
    }
    const v4 = addresses[4];
    const v6 = addresses[6];
    this[kHandle].setLocalAddress(v4, v6);
  }

  // query core: done(err, result) asynchronously.
  _query(rrtype, name, options, done) {
    validateString(name, 'name');
    const [syscall, type] = rrtypes[rrtype];
    const withTtl = !!(options && options.ttl);
    const start = perfStart();
    const req = {
      oncomplete(code, result, ttls) {
        if (code !== 0) return done(dnsException(code, syscall, name));
        const shaped = type === 'ANY' ? shapeAny(result) : shape(type, result, ttls, withTtl);
        perfEnd(start, syscall, { host: name, ttl: withTtl, result: shaped });
        done(null, shaped);
      },
    };
    captureFrame(req);
    this[kHandle].query(req, type, name);
    return req;
  }

  // An ip that is no address fails as getHostByAddr EINVAL: thrown for callbacks, passed to
  // done for promises (as node does).
  _reverse(ip, done, throwInvalid = true) {
    validateString(ip, 'ip');
    const req = {
      oncomplete(code, names) {
        if (code !== 0) return done(dnsException(code, 'getHostByAddr', ip));
        done(null, names);
      },
    };
    captureFrame(req);
    if (this[kHandle].getHostByAddr(req, ip) < 0) {
      const err = dnsException(internalBinding('uv').UV_EINVAL, 'getHostByAddr', ip);
      if (throwInvalid) throw err;
      done(err);
    }
    return req;
  }
}

function validateRrtype(rrtype) {
  validateString(rrtype, 'rrtype');
  if (!Object.hasOwn(rrtypes, rrtype)) throw new codes.ERR_INVALID_ARG_VALUE('rrtype', rrtype);
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  ADDRCONFIG: AI_ADDRCONFIG, V4MAPPED: AI_V4MAPPED, ALL: AI_ALL,
  ResolverBase, kShareDefault, setDefaultServers, dnsException, errorCodes, getDefaultResultOrder, lookup, lookupService,
  rrtypes, setDefaultResultOrder, validateRrtype, ERR_MISSING_ARGS: codes.ERR_MISSING_ARGS,
};
