'use strict';
// The WHATWG URL API (URL, URLSearchParams) and node's helpers around it
// (fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode).
// Parsing lives in internal/url/parser; this file is the API surface.

const {
  binding, offsets, SCHEME_END, USERNAME_END, HOST_START, HOST_END, PORT, PATH_START, SEARCH, HASH,
  FLAGS, OMITTED, HAS_HOST, SET_PROTOCOL, SET_USERNAME, SET_PASSWORD, SET_HOST, SET_HOSTNAME, SET_PORT,
  SET_PATHNAME, SET_SEARCH, SET_HASH, SET_QUERY_RAW, isSpecialScheme,
} = require('internal/url/parser');
const { parse: parseHref, set: setPart } = binding;
const { percentEncode, parseForm, serializeForm } = require('internal/url/encoding');
const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { customInspectSymbol: kInspect } = require('internal/util');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// WebIDL USVString conversion: ToString, then lone surrogates to U+FFFD. (A
// Symbol fails with V8's wording, which programs and tests match on.)
function toUSVString(value) {
  if (typeof value !== 'string') {
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    value = `${value}`;
  }
  return value.isWellFormed() ? value : value.toWellFormed();
}

function receiverError(name) {
  return new TypeError(`Receiver must be an instance of class ${name}`);
}

// new URL() fails the way node's native parser does: a plain TypeError
// ('TypeError: Invalid URL') carrying code, input and base.
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// The two messages V8 gives for a foreign `this`: node's href/search/toString
// go through private methods, the other accessors read the private field.
function privateMemberError() {
  return new TypeError('Cannot read private member #context from an object whose class did not declare it');
}

let linkSearchParams; // (params, url) -> void, defined inside URLSearchParams
let setParamsList; // (params, list) -> void
let setQueryFromParams; // (url, list) -> void, defined inside URL
let formatURL; // (url, fragment, unicode, search, auth) -> string

/*
 * A URL is its href and the offsets of its components in it, as the C parser
 * wrote them into the shared offsets array (src/url/url.h); every getter is a
 * slice of the href. A setter hands the href to the parser with the change and
 * takes the new href and offsets back.
 */
class URL {
  #href = '';
  #schemeEnd = 0; // the ':' after the scheme
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = OMITTED;
  #pathStart = 0;
  #search = OMITTED; // the '?'
  #hash = OMITTED; // the '#'
  #flags = 0;
  #searchParams; // the URLSearchParams made on first use

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let href;
    if (base !== undefined) {
      base = toUSVString(base);
      href = parseHref(input, base);
    } else {
      href = parseHref(input);
    }
    if (href === undefined) throw invalidURL(input, base);
    this.#href = href;
    this.#read();
  }

  // Takes the offsets of the parse that made #href.
  #read() {
    const o = offsets;
    this.#schemeEnd = o[SCHEME_END];
    this.#usernameEnd = o[USERNAME_END];
    this.#hostStart = o[HOST_START];
    this.#hostEnd = o[HOST_END];
    this.#port = o[PORT];
    this.#pathStart = o[PATH_START];
    this.#search = o[SEARCH];
    this.#hash = o[HASH];
    this.#flags = o[FLAGS];
  }

  #set(kind, value) {
    const href = setPart(this.#href, kind, value);
    if (href === undefined) return;
    this.#href = href;
    this.#read();
  }

  #pathEnd() {
    return this.#search !== OMITTED ? this.#search : this.#hash !== OMITTED ? this.#hash : this.#href.length;
  }

  #queryText() {
    if (this.#search === OMITTED) return '';
    return this.#href.slice(this.#search + 1, this.#hash !== OMITTED ? this.#hash : this.#href.length);
  }

  static {
    require('internal/util/brands').isURL = (value) => #href in value;
    setQueryFromParams = (url, list) => {
      url.#set(SET_QUERY_RAW, serializeForm(list));
    };
    formatURL = (url, fragment, unicode, search, auth) => {
      const href = url.#href;
      let out = href.slice(0, url.#schemeEnd + 1);
      if ((url.#flags & HAS_HOST) !== 0) {
        out += '//';
        if (auth && url.#hostStart > url.#schemeEnd + 3) out += href.slice(url.#schemeEnd + 3, url.#hostStart);
        let host = href.slice(url.#hostStart, url.#hostEnd);
        if (unicode && host !== '' && host[0] !== '[') host = domainToUnicode(host);
        out += host + href.slice(url.#hostEnd, url.#pathStart);
      } else {
        out += href.slice(url.#schemeEnd + 1, url.#pathStart);
      }
      out += href.slice(url.#pathStart, url.#pathEnd());
      if (search && url.#search !== OMITTED) {
        out += href.slice(url.#search, url.#hash !== OMITTED ? url.#hash : href.length);
      }
      if (fragment && url.#hash !== OMITTED) out += href.slice(url.#hash);
      return out;
    };
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    const href = base !== undefined ? parseHref(input, toUSVString(base)) : parseHref(input);
    return href !== undefined;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    if (typeof url !== 'string') return;
    require('internal/blob').revokeObjectURL(url);
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor?.name || 'URL';
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (opts?.showHidden) {
      const context = new URLContext();
      context.href = this.#href;
      context.protocol_end = this.#schemeEnd + 1;
      context.username_end = this.#usernameEnd;
      // node's host_start is the '@' when there are credentials.
      context.host_start = this.#hostStart > this.#usernameEnd ? this.#hostStart - 1 : this.#hostStart;
      context.host_end = this.#hostEnd;
      context.pathname_start = this.#pathStart;
      context.search_start = this.#search;
      context.hash_start = this.#hash;
      context.port = this.#port;
      context.scheme_type = schemeTypes[this.#href.slice(0, this.#schemeEnd)] ?? 1;
      obj[Symbol('context')] = context;
    }
    return `${ctor} ${inspect(obj, opts)}`;
  }

  toString() {
    if (!(#href in this)) throw receiverError('URL');
    return this.#href;
  }

  toJSON() {
    if (!(#href in this)) throw receiverError('URL');
    return this.#href;
  }

  get href() {
    if (!(#href in this)) throw receiverError('URL');
    return this.#href;
  }

  set href(value) {
    if (!(#href in this)) throw privateMemberError();
    value = toUSVString(value);
    const href = parseHref(value);
    if (href === undefined) throw new codes.ERR_INVALID_URL(value);
    this.#href = href;
    this.#read();
    if (this.#searchParams !== undefined) setParamsList(this.#searchParams, parseForm(this.#queryText()));
  }

  get origin() {
    if (!(#href in this)) throw privateMemberError();
    const href = this.#href;
    const scheme = href.slice(0, this.#schemeEnd);
    switch (scheme) {
      case 'blob': {
        if (this.#pathStart === this.#pathEnd()) return 'null';
        const inner = parseHref(href.slice(this.#pathStart, this.#pathEnd()));
        if (inner === undefined) return 'null';
        const o = offsets;
        const innerScheme = inner.slice(0, o[SCHEME_END]);
        if (innerScheme !== 'http' && innerScheme !== 'https') return 'null';
        return `${innerScheme}://${inner.slice(o[HOST_START], o[PATH_START])}`;
      }
      case 'ftp':
      case 'http':
      case 'https':
      case 'ws':
      case 'wss':
        return `${scheme}://${href.slice(this.#hostStart, this.#pathStart)}`;
      default:
        return 'null';
    }
  }

  get protocol() {
    if (!(#href in this)) throw privateMemberError();
    return this.#href.slice(0, this.#schemeEnd + 1);
  }

  set protocol(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_PROTOCOL, toUSVString(value));
  }

  get username() {
    if (!(#href in this)) throw privateMemberError();
    return this.#href.slice(this.#schemeEnd + 3, this.#usernameEnd);
  }

  set username(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_USERNAME, toUSVString(value));
  }

  get password() {
    if (!(#href in this)) throw privateMemberError();
    return this.#href.slice(this.#usernameEnd + 1, this.#hostStart - 1);
  }

  set password(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_PASSWORD, toUSVString(value));
  }

  get host() {
    if (!(#href in this)) throw privateMemberError();
    return this.#href.slice(this.#hostStart, this.#port === OMITTED ? this.#hostEnd : this.#pathStart);
  }

  set host(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_HOST, toUSVString(value));
  }

  get hostname() {
    if (!(#href in this)) throw privateMemberError();
    return this.#href.slice(this.#hostStart, this.#hostEnd);
  }

  set hostname(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_HOSTNAME, toUSVString(value));
  }

  get port() {
    if (!(#href in this)) throw privateMemberError();
    return this.#port === OMITTED ? '' : this.#href.slice(this.#hostEnd + 1, this.#pathStart);
  }

  set port(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_PORT, toUSVString(value));
  }

  get pathname() {
    if (!(#href in this)) throw privateMemberError();
    return this.#href.slice(this.#pathStart, this.#pathEnd());
  }

  set pathname(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_PATHNAME, toUSVString(value));
  }

  get search() {
    if (!(#href in this)) throw receiverError('URL');
    const start = this.#search;
    if (start === OMITTED) return '';
    const end = this.#hash !== OMITTED ? this.#hash : this.#href.length;
    return end - start <= 1 ? '' : this.#href.slice(start, end);
  }

  set search(value) {
    if (!(#href in this)) throw privateMemberError();
    value = toUSVString(value);
    this.#set(SET_SEARCH, value);
    if (this.#searchParams !== undefined) {
      setParamsList(this.#searchParams, parseForm(value.charCodeAt(0) === 63 ? value.slice(1) : value));
    }
  }

  get searchParams() {
    if (!(#href in this)) throw privateMemberError();
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.#queryText());
      linkSearchParams(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    if (!(#href in this)) throw privateMemberError();
    const start = this.#hash;
    return start === OMITTED || start === this.#href.length - 1 ? '' : this.#href.slice(start);
  }

  set hash(value) {
    if (!(#href in this)) throw privateMemberError();
    this.#set(SET_HASH, toUSVString(value));
  }
}

// What `util.inspect(url, { showHidden: true })` shows as the URL's context: the
// offsets node's native URL (ada's url_aggregator) keeps into href.
const kOmitted = 4294967295;
const schemeTypes = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };

class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = kOmitted;
  hash_start = kOmitted;
  port = kOmitted;
  scheme_type = 1;

  get hasPort() {
    return this.port !== kOmitted;
  }

  get hasSearch() {
    return this.search_start !== kOmitted;
  }

  get hasHash() {
    return this.hash_start !== kOmitted;
  }
}

// Puts the named properties of obj in this order (the order node's
// Object.keys shows), enumerable as WebIDL makes them.
function orderProperties(obj, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(obj, name);
    delete obj[name];
    desc.enumerable = true;
    Object.defineProperty(obj, name, desc);
  }
}

orderProperties(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password',
  'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'URL' });
orderProperties(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);

// --- URLSearchParams -------------------------------------------------------------

function parseParams(init) {
  if (init.charCodeAt(0) === 63) init = init.slice(1);
  return parseForm(init);
}

function checkThis(self) {
  if (typeof self !== 'object' || self === null || !isURLSearchParams(self)) {
    throw new codes.ERR_INVALID_THIS('URLSearchParams');
  }
}

let isURLSearchParams;
let getList; // (params) -> its flat list, for the iterators

class URLSearchParams {
  #list = []; // flat: name, value, name, value, ...
  #url = null; // the URL whose query this is, or null

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = this.#list;
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const converted = [];
          for (const element of pair) converted.push(toUSVString(element));
          if (converted.length !== 2) throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(converted[0], converted[1]);
        }
      } else {
        // A record: own enumerable string keys; a key repeated after conversion
        // keeps its first position and its last value.
        const list = this.#list;
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = seen.get(name);
          if (at !== undefined) {
            list[at] = value;
          } else {
            seen.set(name, list.length + 1);
            list.push(name, value);
          }
        }
      }
    } else {
      this.#list = parseParams(toUSVString(init));
    }
  }

  static {
    isURLSearchParams = (obj) => #list in obj;
    linkSearchParams = (params, url) => {
      params.#url = url;
    };
    setParamsList = (params, list) => {
      params.#list = list;
    };
  }

  #update() {
    if (this.#url !== null) setQueryFromParams(this.#url, this.#list);
  }

  get size() {
    checkThis(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  // Stable sort by name, comparing UTF-16 code units.
  sort() {
    checkThis(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    validateFunction(callback, 'callback');
    const list = this.#list;
    // Entries appended by the callback are visited too, as in node.
    for (let i = 0; i < list.length; i += 2) {
      Reflect.apply(callback, thisArg, [list[i + 1], list[i], this]);
    }
  }

  entries() {
    checkThis(this);
    return makeIterator(this, 'key+value');
  }

  keys() {
    checkThis(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return makeIterator(this, 'value');
  }

  toString() {
    checkThis(this);
    return serializeForm(this.#list);
  }

  [kInspect](recurseTimes, ctx) {
    checkThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx?.stylize?.('[Object]', 'special') ?? '[Object]';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null && recurseTimes !== undefined) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    return formatList(`${this.constructor.name} {`, output, ctx?.breakLength ?? 80);
  }

  static {
    getList = (params) => params.#list;
  }
}

// `name { a, b }` on one line, or one entry per line when too long.
function formatList(head, output, breakLength) {
  if (output.length === 0) return `${head}}`;
  const plain = (s) => s.replace(/\u001b\[\d+m/g, '');
  const length = output.reduce((n, s) => n + plain(s).length + 2, -2);
  if (length > breakLength) return `${head}\n  ${output.join(',\n  ')} }`;
  return `${head} ${output.join(', ')} }`;
}

// URLSearchParams iterators read the live list by index, as node's do.
const kState = Symbol('state');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    __proto__: null,
    writable: true,
    configurable: true,
    enumerable: true,
    value: function next() {
      const state = this?.[kState];
      if (state === undefined) throw new codes.ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = getList(state.target);
      if (state.index >= list.length) return { value: undefined, done: true };
      const name = list[state.index];
      const value = list[state.index + 1];
      state.index += 2;
      if (state.kind === 'key') return { value: name, done: false };
      if (state.kind === 'value') return { value, done: false };
      return { value: [name, value], done: false };
    },
  },
  [kInspect]: {
    __proto__: null,
    writable: true,
    configurable: true,
    value: function(recurseTimes, ctx) {
      const state = this?.[kState];
      if (state === undefined) throw new codes.ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return '[Object]';
      const innerOpts = { ...ctx };
      if (recurseTimes !== null && recurseTimes !== undefined) innerOpts.depth = recurseTimes - 1;
      const list = getList(state.target);
      const entries = [];
      for (let i = state.index; i < list.length; i += 2) {
        entries.push(state.kind === 'key' ? list[i] : state.kind === 'value' ? list[i + 1] : [list[i], list[i + 1]]);
      }
      // One entry per line exactly when the entries would not fit on one as an array.
      const strs = entries.map((entry) => inspect(entry, innerOpts));
      const body = inspect(entries, innerOpts).includes('\n') ?
        `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
  },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams Iterator' },
});

function makeIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kState, { __proto__: null, value: { target, kind, index: 0 } });
  return it;
}

orderProperties(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has',
  'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: {
    __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries,
  },
});

// --- node's helpers -----------------------------------------------------------------

const isWindows = process.platform === 'win32';

// What node accepts as a URL object: a URL, or anything shaped like one.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// internal/url/host's domainToASCII, looked up once (url.parse calls this per URL).
let hostToASCII;

function domainToASCII(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  hostToASCII ??= require('internal/url/host').domainToASCII;
  return hostToASCII(`${domain}`, false) ?? '';
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  hostToASCII ??= require('internal/url/host').domainToASCII;
  const ascii = hostToASCII(domain, false);
  if (ascii === null) return '';
  return require('internal/idna').toUnicode(ascii);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  return windows ? win32PathFromURL(path) : posixPathFromURL(path);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  return decodeURIComponent(pathname);
}

function win32PathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname.charCodeAt(2) !== 58) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

/*
 * fileURLToPath as bytes: escapes decode to raw bytes (a path need not be UTF-8)
 * and encoded separators are allowed, as in node.
 */
function fileURLToPathBuffer(path, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  const { Buffer } = require('buffer');
  const { percentDecodeBytes } = require('internal/url/encoding');
  const hostname = path.hostname;
  if (!windows) {
    if (hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
    return Buffer.from(percentDecodeBytes(path.pathname));
  }
  const bytes = percentDecodeBytes(path.pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    return Buffer.concat([Buffer.from(`\\\\${domainToUnicode(hostname)}`), Buffer.from(bytes)]);
  }
  const letter = bytes[1] | 0x20;
  if (letter < 97 || letter > 122 || bytes[2] !== 58) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must be absolute', path);
  }
  return Buffer.from(bytes.slice(1));
}

// Characters pathToFileURL keeps as they are; everything else is percent-encoded.
const FILE_PATH_KEEP = new Uint8Array(128);
for (const c of "!$&'()*+,-./:;=@_") FILE_PATH_KEEP[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) FILE_PATH_KEEP[c] = 1;
for (let c = 65; c <= 90; c++) FILE_PATH_KEEP[c] = 1;
for (let c = 97; c <= 122; c++) FILE_PATH_KEEP[c] = 1;
const FILE_PATH_ENCODE = FILE_PATH_KEEP.map((keep) => 1 - keep);

function encodeFilePath(path) {
  return percentEncode(path, FILE_PATH_ENCODE);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindows;
  const { validateString } = require('internal/validators');
  validateString(filepath, 'path');
  const path = require('path');
  const extended = windows && filepath.startsWith('\\\\?\\UNC\\');
  if (windows && filepath.startsWith('\\\\') && (extended || !filepath.startsWith('\\\\?\\'))) {
    const prefix = extended ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', prefix);
    if (hostEnd === -1) {
      throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const hostname = filepath.slice(prefix, hostEnd);
    const rest = encodeFilePath(filepath.slice(hostEnd).replace(/\\/g, '/'));
    return new URL(`file://${hostname}${rest}`);
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  if (windows) {
    if (resolved.startsWith('\\\\?\\')) resolved = resolved.slice(4);
    resolved = resolved.replace(/\\/g, '/');
  }
  // resolve() drops a trailing separator; the URL keeps it.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== '/') resolved += '/';
  if (windows) resolved = `/${resolved}`;
  return new URL(`file://${encodeFilePath(resolved)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// The options object http.request() takes, from a URL.
function urlToHttpOptions(url) {
  const { validateObject, kValidateObjectAllowObjects } = require('internal/validators');
  validateObject(url, 'url', kValidateObjectAllowObjects);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  formatURL,
  domainToASCII,
  domainToUnicode,
  encodeFilePath,
  fileURLToPath,
  fileURLToPathBuffer,
  isURL,
  isURLSearchParams: (obj) => obj !== null && typeof obj === 'object' && isURLSearchParams(obj),
  pathToFileURL,
  toPathIfFileURL,
  toUSVString,
  urlToHttpOptions,
  isSpecialScheme,
};
