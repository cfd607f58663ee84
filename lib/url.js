'use strict';
// node:url: the WHATWG URL API (from internal/url) and the legacy API — url.parse,
// url.format, url.resolve and the Url objects they work on. The legacy parser is
// node's own lenient algorithm, not the URL Standard; it is kept bug-for-bug
// because programs depend on its exact output.

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  urlToHttpOptions, isURL, formatURL, fileURLToPathBuffer,
} = require('internal/url');
const { codes } = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { encodeStr, noEscapeAuth } = require('internal/querystring');
const { isInsideNodeModules, defineLazyProperty } = require('internal/util');

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Protocols that never have a hostname, and those that always take '//'.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Protocols whose rest is left unescaped.
const unsafeProtocol = new Set(['javascript', 'javascript:']);

const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const hostnameMaxLen = 255;

// Characters that never belong in a hostname (RFC 2396), those that end it, and
// tab, LF and CR, which are dropped from the authority as the URL Standard does.
const NON_HOST = new Uint8Array(128);
for (const c of ' "%\';<>\\^`{|}') NON_HOST[c.charCodeAt(0)] = 1;
for (const c of '#/?') NON_HOST[c.charCodeAt(0)] = 2;
for (const c of '\t\n\r') NON_HOST[c.charCodeAt(0)] = 3;

// Characters url.parse always percent-escapes in what follows the host.
const autoEscape = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;
const AUTO_ESCAPE = new Uint8Array(128);
for (const c of Object.keys(autoEscape)) AUTO_ESCAPE[c.charCodeAt(0)] = 1;

// Whether str holds a character url.parse escapes (most paths hold none).
function needsAutoEscape(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 128 && AUTO_ESCAPE[c] === 1) return true;
  }
  return false;
}

let parseWarned = false;
let hostnameWarned = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && !isInsideNodeModules()) {
    parseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
      'security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
      '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// What url.parse trims from both ends: controls, space, NBSP and the BOM.
function isWhitespace(code) {
  return code <= 32 || code === 0xa0 || code === 0xfeff;
}

// What prepare() found besides the string it returns (module variables, not an
// array to destructure: the engine runs array destructuring through the iterator
// protocol, on every url.parse()).
let preparedHasHash = false;
let preparedHasAt = false;

// Trims whitespace and turns backslashes into slashes up to the first '?' or '#';
// sets preparedHasHash and preparedHasAt.
function prepare(url) {
  let hasHash = false;
  let hasAt = false;
  let split = false;
  let start = -1;
  let end = url.length;
  while (end > 0 && isWhitespace(url.charCodeAt(end - 1))) end--;
  for (let i = 0; i < end; i++) {
    if (!isWhitespace(url.charCodeAt(i))) {
      start = i;
      break;
    }
  }
  if (start === -1) {
    preparedHasHash = false;
    preparedHasAt = false;
    return '';
  }
  let rest = '';
  let lastPos = start;
  for (let i = start; i < end; i++) {
    const code = url.charCodeAt(i);
    if (!split) {
      if (code === 64) {
        hasAt = true;
      } else if (code === 35) {
        hasHash = true;
        split = true;
      } else if (code === 63) {
        split = true;
      } else if (code === 92) {
        rest += `${url.slice(lastPos, i)}/`;
        lastPos = i + 1;
      }
    } else if (!hasHash && code === 35) {
      hasHash = true;
    }
  }
  rest += url.slice(lastPos, end);
  preparedHasHash = hasHash;
  preparedHasAt = hasAt;
  return rest;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let rest = prepare(url);
  const hasHash = preparedHasHash;
  const hasAt = preparedHasAt;

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    // A plain path ('/a/b?c') needs none of the work below.
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? lazyQuerystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  const protoLength = protocolLength(rest);
  let proto = null;
  let lowerProto;
  if (protoLength !== 0) {
    proto = rest.slice(0, protoLength);
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // 'user@server' always names a host, and '//foo/bar' is host foo, path /bar.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The host ends at the first '/', '?' or '#'. Before the last '@' (if no
    // host-ending character comes first) is the auth, where anything goes.
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; ++i) {
      const code = rest.charCodeAt(i);
      const kind = code < 128 ? NON_HOST[code] : 0;
      if (kind === 1) {
        if (nonHost === -1) nonHost = i;
      } else if (kind === 2) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (kind === 3) {
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
      } else if (code === 64) {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }

    this.parseHost();
    // There is a host, even if empty.
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6Hostname = isIpv6Hostname(hostname);
    if (!ipv6Hostname) rest = splitHostname(this, rest, hostname, url);

    if (this.hostname.length > hostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw new codes.ERR_INVALID_URL(url);
      } else {
        // IDNA: only labels with non-ASCII characters change. A hostname that
        // IDNA empties or fills with forbidden characters would be a spoof.
        this.hostname = domainToASCII(this.hostname);
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) {
          throw new codes.ERR_INVALID_URL(url);
        }
      }
    }

    const p = this.port ? `:${this.port}` : '';
    this.host = `${this.hostname || ''}${p}`;
    // The hostname loses the brackets of an IPv6 address; host keeps them.
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto) && needsAutoEscape(rest)) {
    rest = rest.replace(autoEscapePattern, (c) => autoEscape[c]);
  }

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  // http.request() reads path.
  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;

  this.href = this.format();
  return this;
};

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

// A hostname stops at '/', '\', '#', '?' or ':'; the rest moves to the path, and
// node warns (DEP0170) that such URLs will one day be rejected.
function splitHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; ++i) {
    const code = hostname.charCodeAt(i);
    if (code === 47 || code === 92 || code === 35 || code === 63 || code === 58) {
      self.hostname = hostname.slice(0, i);
      if (!hostnameWarned) {
        hostnameWarned = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

// The length of the protocol and its ':' at the start of str (/^[a-z0-9.+-]+:/i),
// or 0.
function protocolLength(str) {
  let i = 0;
  for (; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 43 ||
          c === 45)) {
      break;
    }
  }
  return i > 0 && str.charCodeAt(i) === 58 ? i + 1 : 0;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  // A port is a final ':' followed only by digits (/:[0-9]*$/).
  let colon = host.length;
  while (colon > 0 && host.charCodeAt(colon - 1) >= 48 && host.charCodeAt(colon - 1) <= 57) colon--;
  if (colon > 0 && host.charCodeAt(colon - 1) === 58) {
    if (colon < host.length) this.port = host.slice(colon);
    host = host.slice(0, colon - 1);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, noEscapeAuth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') !== -1 && !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = lazyQuerystring().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  // indexOf, not includes: the engine compiles indexOf inline, and format() runs
  // for every url.parse() (includes was 8% of url.parse's time).
  if (pathname.indexOf('#') !== -1 || pathname.indexOf('?') !== -1) {
    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  }
  // Only the slashed protocols get '//' (not mailto:), unless they had it.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  if (search.indexOf('#') !== -1) search = search.replaceAll('#', '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  return require('internal/url/legacy_resolve').resolveObject(this, relative, Url, urlParse);
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}


module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLPattern: null,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
// Loaded on first read; an assignable property, as in node.
defineLazyProperty(module.exports, 'URLPattern', () => require('internal/url_pattern').URLPattern);
void isURL;
