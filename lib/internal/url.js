'use strict';
// The WHATWG URL API (URL, URLSearchParams) and node's helpers around it
// (fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode).
// Parsing lives in internal/url/parser; this file is the API surface.

const {
  basicParse, parseURL, serializeURL, serializePath, isSpecialScheme,
  SCHEME_START, HOST, HOSTNAME, PORT, PATH_START, QUERY_STATE, FRAGMENT_STATE,
} = require('internal/url/parser');
const { USERINFO, percentEncode, parseForm, serializeForm } = require('internal/url/encoding');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
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
let getContext; // (url) -> its record

class URL {
  #context; // the URL record
  #href; // its serialization, or null once a setter changed the record
  #searchParams; // the URLSearchParams made on first use

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      base = toUSVString(base);
      baseRecord = parseURL(base);
      if (baseRecord === null) throw invalidURL(input, base);
    }
    const record = parseURL(input, baseRecord);
    if (record === null) throw invalidURL(input, base);
    this.#context = record;
    this.#href = record.href;
  }

  static {
    require('internal/util/brands').isURL = (value) => #context in value;
    getContext = (url) => url.#context;
    setQueryFromParams = (url, list) => {
      url.#context.query = list.length === 0 ? null : serializeForm(list);
      url.#href = null;
    };
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = parseURL(toUSVString(base));
      if (baseRecord === null) return false;
    }
    return parseURL(input, baseRecord) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
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
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
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
    if (opts?.showHidden) obj[Symbol('context')] = new URLContext(this.#context, this.href);
    return `${ctor} ${inspect(obj, opts)}`;
  }

  toString() {
    if (!(#context in this)) throw receiverError('URL');
    return this.href;
  }

  toJSON() {
    if (!(#context in this)) throw receiverError('URL');
    return this.href;
  }

  get href() {
    if (!(#context in this)) throw receiverError('URL');
    return this.#href ??= serializeURL(this.#context);
  }

  set href(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    const record = parseURL(value);
    if (record === null) throw new ERR_INVALID_URL(value);
    this.#context = record;
    this.#href = null;
    this.#updateSearchParams();
  }

  get origin() {
    if (!(#context in this)) throw privateMemberError();
    return originOf(this.#context);
  }

  get protocol() {
    if (!(#context in this)) throw privateMemberError();
    return `${this.#context.scheme}:`;
  }

  set protocol(value) {
    if (!(#context in this)) throw privateMemberError();
    basicParse(`${toUSVString(value)}:`, null, this.#context, SCHEME_START);
    this.#href = null;
  }

  get username() {
    if (!(#context in this)) throw privateMemberError();
    return this.#context.username;
  }

  set username(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#context)) return;
    this.#context.username = percentEncode(value, USERINFO);
    this.#href = null;
  }

  get password() {
    if (!(#context in this)) throw privateMemberError();
    return this.#context.password;
  }

  set password(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#context)) return;
    this.#context.password = percentEncode(value, USERINFO);
    this.#href = null;
  }

  get host() {
    if (!(#context in this)) throw privateMemberError();
    const { host, port } = this.#context;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    if (typeof this.#context.path === 'string') return;
    this.#setPart(value, HOST);
  }

  get hostname() {
    if (!(#context in this)) throw privateMemberError();
    return this.#context.host ?? '';
  }

  set hostname(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    if (typeof this.#context.path === 'string') return;
    this.#setPart(value, HOSTNAME);
  }

  get port() {
    if (!(#context in this)) throw privateMemberError();
    const { port } = this.#context;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#context)) return;
    if (value === '') {
      this.#context.port = null;
      this.#href = null;
      return;
    }
    this.#setPart(value, PORT);
  }

  get pathname() {
    if (!(#context in this)) throw privateMemberError();
    return serializePath(this.#context);
  }

  set pathname(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    const url = this.#context;
    if (typeof url.path === 'string') return;
    const saved = url.path;
    url.path = [];
    if (!basicParse(value, null, url, PATH_START)) url.path = saved;
    this.#href = null;
  }

  get search() {
    if (!(#context in this)) throw receiverError('URL');
    const { query } = this.#context;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    const url = this.#context;
    this.#href = null;
    if (value === '') {
      url.query = null;
      if (this.#searchParams !== undefined) setParamsList(this.#searchParams, []);
      return;
    }
    if (value.charCodeAt(0) === 63) value = value.slice(1);
    url.query = '';
    basicParse(value, null, url, QUERY_STATE);
    if (this.#searchParams !== undefined) setParamsList(this.#searchParams, parseForm(value));
  }

  get searchParams() {
    if (!(#context in this)) throw privateMemberError();
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.#context.query ?? '');
      linkSearchParams(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    if (!(#context in this)) throw privateMemberError();
    const { fragment } = this.#context;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    if (!(#context in this)) throw privateMemberError();
    value = toUSVString(value);
    const url = this.#context;
    this.#href = null;
    if (value === '') {
      url.fragment = null;
      return;
    }
    if (value.charCodeAt(0) === 35) value = value.slice(1);
    url.fragment = '';
    basicParse(value, null, url, FRAGMENT_STATE);
  }

  // A setter's state-override parse changes the record in place; a refused
  // value can still have changed part of it (a host before a bad port).
  #setPart(value, state) {
    basicParse(value, null, this.#context, state);
    this.#href = null;
  }

  #updateSearchParams() {
    if (this.#searchParams !== undefined) setParamsList(this.#searchParams, parseForm(this.#context.query ?? ''));
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

  constructor(url, href) {
    this.href = href;
    const protocolEnd = url.scheme.length + 1;
    this.protocol_end = protocolEnd;
    let pathStart;
    if (url.host === null) {
      this.username_end = this.host_start = this.host_end = protocolEnd;
      pathStart = href.startsWith('/.', protocolEnd) && typeof url.path !== 'string' &&
        url.path.length > 1 && url.path[0] === '' ? protocolEnd + 2 : protocolEnd;
    } else {
      const authority = protocolEnd + 2;
      if (url.username !== '' || url.password !== '') {
        this.username_end = authority + url.username.length;
        this.host_start = this.username_end + (url.password !== '' ? 1 + url.password.length : 0);
        this.host_end = this.host_start + 1 + url.host.length;
      } else {
        this.username_end = this.host_start = authority;
        this.host_end = authority + url.host.length;
      }
      pathStart = this.host_end + (url.port !== null ? 1 + `${url.port}`.length : 0);
    }
    this.pathname_start = pathStart;
    const pathEnd = pathStart + serializePath(url).length;
    if (url.query !== null) this.search_start = pathEnd;
    if (url.fragment !== null) this.hash_start = url.query !== null ? pathEnd + 1 + url.query.length : pathEnd;
    if (url.port !== null) this.port = url.port;
    this.scheme_type = schemeTypes[url.scheme] ?? 1;
  }

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

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function originOf(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string' && url.path.length === 0) return 'null';
      const inner = parseURL(serializePath(url));
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return originOf(inner);
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    default:
      return 'null';
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
    throw new ERR_INVALID_THIS('URLSearchParams');
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
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = this.#list;
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const converted = [];
          for (const element of pair) converted.push(toUSVString(element));
          if (converted.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
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
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
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
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
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
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
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
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
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
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
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
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  hostToASCII ??= require('internal/url/host').domainToASCII;
  return hostToASCII(`${domain}`, false) ?? '';
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  hostToASCII ??= require('internal/url/host').domainToASCII;
  const ascii = hostToASCII(domain, false);
  if (ascii === null) return '';
  return require('internal/idna').toUnicode(ascii);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? win32PathFromURL(path) : posixPathFromURL(path);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  return decodeURIComponent(pathname);
}

function win32PathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname.charCodeAt(2) !== 58) {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
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
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const { Buffer } = require('buffer');
  const { percentDecodeBytes } = require('internal/url/encoding');
  const hostname = path.hostname;
  if (!windows) {
    if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
    return Buffer.from(percentDecodeBytes(path.pathname));
  }
  const bytes = percentDecodeBytes(path.pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    return Buffer.concat([Buffer.from(`\\\\${domainToUnicode(hostname)}`), Buffer.from(bytes)]);
  }
  const letter = bytes[1] | 0x20;
  if (letter < 97 || letter > 122 || bytes[2] !== 58) {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', path);
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
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
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

// url.format(URL, options): the href without the parts options turn off, the
// host in Unicode when asked.
function formatURL(url, fragment, unicode, search, auth) {
  const record = { ...getContext(url) };
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (!auth) record.username = record.password = '';
  if (unicode && record.host !== null && record.host !== '' && record.host[0] !== '[') {
    record.host = domainToUnicode(record.host);
  }
  return serializeURL(record);
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
  originOf,
  pathToFileURL,
  toPathIfFileURL,
  toUSVString,
  urlToHttpOptions,
  isSpecialScheme,
};
