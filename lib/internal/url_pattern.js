'use strict';
// URLPattern (the URL Pattern Standard): the constructor string parser, the
// processing of URLPatternInit dictionaries, and the URLPattern class with
// exec() and test(). Compilation lives in internal/url_pattern/compile.

const {
  canonicalizeHash, canonicalizeHostname, canonicalizeIPv6Hostname, canonicalizeOpaquePathname,
  canonicalizePathname, canonicalizePort, canonicalizeProtocol, canonicalizeSearch,
  canonicalizeUserinfo, compileComponent, escapePatternString, tokenize, PatternError,
} = require('internal/url_pattern/compile');
const { parseURL, isSpecialScheme, defaultPort } = require('internal/url/parser');

const COMPONENTS = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
const SPECIAL_SCHEMES = ['ftp', 'file', 'http', 'https', 'ws', 'wss'];
const DEFAULT_OPTIONS = { delimiter: '', prefix: '', ignoreCase: false };

function fail() {
  throw new PatternError('invalid pattern');
}

function protocolMatchesSpecialScheme(component) {
  return SPECIAL_SCHEMES.some((scheme) => component.regexp.test(scheme));
}

// --- constructor string parser ------------------------------------------------------

/*
 * Splits a pattern like 'https://*.example.com/books/:id' into its component
 * pattern strings, following the standard's state machine over the (lenient)
 * token list.
 */
function parseConstructorString(input) {
  const tokens = tokenize(input, false);
  const result = {};
  let componentStart = 0;
  let tokenIndex = 0;
  let tokenIncrement = 1;
  let groupDepth = 0;
  let ipv6Depth = 0;
  let matchesSpecial = false;
  let state = 'init';

  const safeToken = (i) => (i < tokens.length ? tokens[i] : tokens[tokens.length - 1]);
  const isChar = (i, value) => {
    const token = safeToken(i);
    return token.value === value &&
      (token.type === 'char' || token.type === 'escaped-char' || token.type === 'invalid-char');
  };
  const isSearchPrefix = () => {
    if (isChar(tokenIndex, '?')) return true;
    if (tokens[tokenIndex].value !== '?') return false;
    if (tokenIndex === 0) return true;
    const previous = safeToken(tokenIndex - 1);
    return !['name', 'regexp', 'close', 'asterisk'].includes(previous.type);
  };
  const componentString = () => {
    const start = safeToken(componentStart).index;
    return input.slice(start, tokens[tokenIndex].index);
  };
  const rewind = () => {
    tokenIndex = componentStart;
    tokenIncrement = 0;
  };
  const changeState = (newState, skip) => {
    if (state !== 'init' && state !== 'authority' && state !== 'done') result[state] = componentString();
    if (state !== 'init' && newState !== 'done') {
      const early = ['protocol', 'authority', 'username', 'password'];
      if (early.includes(state) && ['port', 'pathname', 'search', 'hash'].includes(newState) &&
          result.hostname === undefined) {
        result.hostname = '';
      }
      if ([...early, 'hostname', 'port'].includes(state) && (newState === 'search' || newState === 'hash') &&
          result.pathname === undefined) {
        result.pathname = matchesSpecial ? '/' : '';
      }
      if ([...early, 'hostname', 'port', 'pathname'].includes(state) && newState === 'hash' &&
          result.search === undefined) {
        result.search = '';
      }
    }
    state = newState;
    tokenIndex += skip;
    componentStart = tokenIndex;
    tokenIncrement = 0;
  };

  while (tokenIndex < tokens.length) {
    tokenIncrement = 1;
    const token = tokens[tokenIndex];
    if (token.type === 'end') {
      if (state === 'init') {
        rewind();
        if (isChar(tokenIndex, '#')) changeState('hash', 1);
        else if (isSearchPrefix()) changeState('search', 1);
        else changeState('pathname', 0);
        tokenIndex += tokenIncrement;
        continue;
      }
      if (state === 'authority') {
        rewind();
        state = 'hostname';
        tokenIndex += tokenIncrement;
        continue;
      }
      changeState('done', 0);
      break;
    }
    if (token.type === 'open') {
      groupDepth++;
      tokenIndex += tokenIncrement;
      continue;
    }
    if (groupDepth > 0) {
      if (token.type === 'close') {
        groupDepth--;
      } else {
        tokenIndex += tokenIncrement;
        continue;
      }
    }
    switch (state) {
      case 'init':
        if (isChar(tokenIndex, ':')) {
          rewind();
          state = 'protocol';
        }
        break;
      case 'protocol':
        if (isChar(tokenIndex, ':')) {
          const protocol = compileComponent(componentString(), canonicalizeProtocol, DEFAULT_OPTIONS);
          matchesSpecial = protocolMatchesSpecialScheme(protocol);
          let nextState = 'pathname';
          let skip = 1;
          if (isChar(tokenIndex + 1, '/') && isChar(tokenIndex + 2, '/')) {
            nextState = 'authority';
            skip = 3;
          } else if (matchesSpecial) {
            nextState = 'authority';
          }
          changeState(nextState, skip);
        }
        break;
      case 'authority':
        if (isChar(tokenIndex, '@')) {
          rewind();
          state = 'username';
        } else if (isChar(tokenIndex, '/') || isSearchPrefix() || isChar(tokenIndex, '#')) {
          rewind();
          state = 'hostname';
        }
        break;
      case 'username':
        if (isChar(tokenIndex, ':')) changeState('password', 1);
        else if (isChar(tokenIndex, '@')) changeState('hostname', 1);
        break;
      case 'password':
        if (isChar(tokenIndex, '@')) changeState('hostname', 1);
        break;
      case 'hostname':
        if (isChar(tokenIndex, '[')) ipv6Depth++;
        else if (isChar(tokenIndex, ']')) ipv6Depth--;
        else if (isChar(tokenIndex, ':') && ipv6Depth === 0) changeState('port', 1);
        else if (isChar(tokenIndex, '/')) changeState('pathname', 0);
        else if (isSearchPrefix()) changeState('search', 1);
        else if (isChar(tokenIndex, '#')) changeState('hash', 1);
        break;
      case 'port':
        if (isChar(tokenIndex, '/')) changeState('pathname', 0);
        else if (isSearchPrefix()) changeState('search', 1);
        else if (isChar(tokenIndex, '#')) changeState('hash', 1);
        break;
      case 'pathname':
        if (isSearchPrefix()) changeState('search', 1);
        else if (isChar(tokenIndex, '#')) changeState('hash', 1);
        break;
      case 'search':
        if (isChar(tokenIndex, '#')) changeState('hash', 1);
        break;
      default:
        break;
    }
    tokenIndex += tokenIncrement;
  }
  if (result.hostname !== undefined && result.port === undefined) result.port = '';
  return result;
}

// --- URLPatternInit processing ---------------------------------------------------------

function isAbsolutePathname(input, type) {
  if (input === '') return false;
  if (input[0] === '/') return true;
  if (type === 'url' || input.length < 2) return false;
  return (input[0] === '\\' || input[0] === '{') && input[1] === '/';
}

/*
 * Fills a URLPatternInit from `init` (and its baseURL): for 'pattern' the values
 * stay pattern text, for 'url' they are canonicalized as URL components.
 */
function processInit(init, type, defaults) {
  const result = { ...defaults };
  const has = (name) => init[name] !== undefined;
  const fromBase = (value) => (type === 'pattern' ? escapePatternString(value) : value);
  let base = null;
  if (has('baseURL')) {
    base = parseURL(`${init.baseURL}`);
    if (base === null) fail();
    if (!has('protocol')) result.protocol = fromBase(base.scheme);
    if (type !== 'pattern' && !has('protocol') && !has('hostname') && !has('port') && !has('username')) {
      result.username = fromBase(base.username);
    }
    if (type !== 'pattern' && !has('protocol') && !has('hostname') && !has('port') && !has('username') &&
        !has('password')) {
      result.password = fromBase(base.password);
    }
    if (!has('protocol') && !has('hostname')) result.hostname = fromBase(base.host ?? '');
    if (!has('protocol') && !has('hostname') && !has('port')) {
      result.port = base.port === null ? '' : `${base.port}`;
    }
    if (!has('protocol') && !has('hostname') && !has('port') && !has('pathname')) {
      result.pathname = fromBase(base.pathname);
    }
    if (!has('protocol') && !has('hostname') && !has('port') && !has('pathname') && !has('search')) {
      result.search = fromBase(base.query ?? '');
    }
    if (!has('protocol') && !has('hostname') && !has('port') && !has('pathname') && !has('search') &&
        !has('hash')) {
      result.hash = fromBase(base.fragment ?? '');
    }
  }
  if (has('protocol')) {
    let value = `${init.protocol}`;
    if (value.endsWith(':')) value = value.slice(0, -1);
    result.protocol = type === 'pattern' ? value : canonicalizeProtocol(value);
  }
  if (has('username')) {
    result.username = type === 'pattern' ? `${init.username}` : canonicalizeUserinfo(`${init.username}`);
  }
  if (has('password')) {
    result.password = type === 'pattern' ? `${init.password}` : canonicalizeUserinfo(`${init.password}`);
  }
  if (has('hostname')) {
    result.hostname = type === 'pattern' ? `${init.hostname}` : canonicalizeHostname(`${init.hostname}`);
  }
  if (has('port')) {
    result.port = type === 'pattern' ? `${init.port}` : canonicalizePort(`${init.port}`, result.protocol);
  }
  if (has('pathname')) {
    let pathname = `${init.pathname}`;
    if (base !== null && !base.opaque && !isAbsolutePathname(pathname, type)) {
      const basePath = fromBase(base.pathname);
      const slash = basePath.lastIndexOf('/');
      if (slash !== -1) pathname = basePath.slice(0, slash + 1) + pathname;
    }
    if (type !== 'pattern') {
      const protocol = result.protocol;
      pathname = protocol === undefined || protocol === '' || isSpecialScheme(protocol) ?
        canonicalizePathname(pathname) : canonicalizeOpaquePathname(pathname);
    }
    result.pathname = pathname;
  }
  if (has('search')) {
    let value = `${init.search}`;
    if (value[0] === '?') value = value.slice(1);
    result.search = type === 'pattern' ? value : canonicalizeSearch(value);
  }
  if (has('hash')) {
    let value = `${init.hash}`;
    if (value[0] === '#') value = value.slice(1);
    result.hash = type === 'pattern' ? value : canonicalizeHash(value);
  }
  return result;
}

// --- URLPattern -------------------------------------------------------------------

function isIPv6Pattern(value) {
  return value.startsWith('[') || value.startsWith('{[') || value.startsWith('\\[');
}

const kComponents = Symbol('components');

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !Object.hasOwn(self, kComponents)) {
    throw new TypeError('Illegal invocation');
  }
  return self[kComponents];
}

// node raises these from its C++ layer, with its own wording: a TypeError with a
// code, not an entry of the ERR_* registry.
function codeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function argTypeError(message) {
  return codeError('ERR_INVALID_ARG_TYPE', message);
}

function compileAll(init, options) {
  for (const name of COMPONENTS) init[name] ??= '*';
  if (isSpecialScheme(init.protocol) && `${defaultPort(init.protocol)}` === init.port) init.port = '';
  const components = {};
  components.protocol = compileComponent(init.protocol, canonicalizeProtocol, DEFAULT_OPTIONS);
  components.username = compileComponent(init.username, canonicalizeUserinfo, DEFAULT_OPTIONS);
  components.password = compileComponent(init.password, canonicalizeUserinfo, DEFAULT_OPTIONS);
  components.hostname = compileComponent(init.hostname,
                                         isIPv6Pattern(init.hostname) ? canonicalizeIPv6Hostname : canonicalizeHostname,
                                         { delimiter: '.', prefix: '', ignoreCase: false });
  components.port = compileComponent(init.port, (v) => canonicalizePort(v), DEFAULT_OPTIONS);
  if (protocolMatchesSpecialScheme(components.protocol)) {
    components.pathname = compileComponent(init.pathname, canonicalizePathname,
                                           { delimiter: '/', prefix: '/', ignoreCase: options.ignoreCase });
  } else {
    components.pathname = compileComponent(init.pathname, canonicalizeOpaquePathname,
                                           { delimiter: '', prefix: '', ignoreCase: options.ignoreCase });
  }
  components.search = compileComponent(init.search, canonicalizeSearch,
                                       { delimiter: '', prefix: '', ignoreCase: options.ignoreCase });
  components.hash = compileComponent(init.hash, canonicalizeHash,
                                     { delimiter: '', prefix: '', ignoreCase: options.ignoreCase });
  return components;
}

function URLPattern(input = undefined, baseURLOrOptions = undefined, options = undefined) {
  if (new.target === undefined) throw codeError('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  if (input !== undefined && typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
    throw argTypeError('Input must be an object or a string');
  }
  let baseURL;
  if (typeof baseURLOrOptions === 'string') {
    baseURL = baseURLOrOptions;
  } else {
    if (baseURLOrOptions !== undefined && (typeof baseURLOrOptions !== 'object' || baseURLOrOptions === null)) {
      throw argTypeError('second argument must be a string or object');
    }
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw argTypeError('options must be an object');
    }
    options = baseURLOrOptions;
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw argTypeError('options must be an object');
  }
  let ignoreCase = false;
  if (options !== undefined) {
    const value = options.ignoreCase;
    if (value !== undefined) {
      if (typeof value !== 'boolean') throw argTypeError('options.ignoreCase must be a boolean');
      ignoreCase = value;
    }
  }
  let init;
  try {
    if (typeof input === 'string') {
      init = parseConstructorString(input);
      if (baseURL === undefined && init.protocol === undefined) fail();
      if (baseURL !== undefined) init.baseURL = baseURL;
    } else {
      init = input === undefined ? {} : input;
      if (baseURL !== undefined) fail();
      // Read each member once, in the dictionary's order, as WebIDL does.
      const read = {};
      for (const name of ['baseURL', 'hash', 'hostname', 'password', 'pathname', 'port', 'protocol', 'search',
        'username']) {
        const value = init[name];
        if (value !== undefined) read[name] = `${value}`;
      }
      init = read;
    }
    const processed = processInit(init, 'pattern', {});
    Object.defineProperty(this, kComponents, { value: compileAll(processed, { ignoreCase }) });
  } catch (err) {
    if (err instanceof PatternError) throw codeError('ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern');
    throw err;
  }
}

function match(components, input, baseURL) {
  const values = { protocol: '', username: '', password: '', hostname: '', port: '', pathname: '', search: '', hash: '' };
  const inputs = [input];
  if (typeof input === 'object') {
    if (baseURL !== undefined) fail();
    let applied;
    try {
      applied = processInit(input, 'url', values);
    } catch (err) {
      if (err instanceof PatternError) return null;
      throw err;
    }
    Object.assign(values, applied);
  } else {
    let base = null;
    if (baseURL !== undefined) {
      base = parseURL(baseURL);
      if (base === null) return null;
      inputs.push(baseURL);
    }
    // Without a base, node (ada) resolves a relative string against an empty
    // URL: no scheme, an empty host (a null base to the parser).
    const url = parseURL(input, base === null ? null : base.href);
    if (url === null) return null;
    values.protocol = url.scheme;
    values.username = url.username;
    values.password = url.password;
    values.hostname = url.host ?? '';
    values.port = url.port === null ? '' : `${url.port}`;
    values.pathname = url.pathname;
    values.search = url.query ?? '';
    values.hash = url.fragment ?? '';
  }
  const result = { __proto__: null, inputs };
  for (const name of COMPONENTS) {
    const component = components[name];
    const m = component.regexp.exec(values[name]);
    if (m === null) return null;
    // node lists the groups by name.
    const groups = {};
    const order = component.names.map((name, i) => [name, i]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, i] of order) groups[name] = m[i + 1];
    result[name] = { input: values[name], groups };
  }
  return result;
}

// A baseURL argument that is passed must be a string, even if undefined.
function checkMatchArgs(input, baseURL, argc) {
  if (input !== undefined && typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
    throw argTypeError('URLPattern input needs to be a string or an object');
  }
  if (argc > 1 && typeof baseURL !== 'string') throw argTypeError('baseURL must be a string');
}

const prototypeMethods = {
  exec(input = {}, baseURL = undefined) {
    const components = checkThis(this);
    checkMatchArgs(input, baseURL, arguments.length);
    try {
      return match(components, input, baseURL);
    } catch (err) {
      if (err instanceof PatternError) throw codeError('ERR_OPERATION_FAILED', 'Failed to exec URLPattern');
      throw err;
    }
  },
  test(input = {}, baseURL = undefined) {
    const components = checkThis(this);
    checkMatchArgs(input, baseURL, arguments.length);
    try {
      return match(components, input, baseURL) !== null;
    } catch (err) {
      if (err instanceof PatternError) throw codeError('ERR_OPERATION_FAILED', 'Failed to test URLPattern');
      throw err;
    }
  },
};

const descriptors = {};
for (const name of COMPONENTS) {
  descriptors[name] = {
    get() {
      return checkThis(this)[name].pattern;
    },
    enumerable: true,
    configurable: true,
  };
}
descriptors.hasRegExpGroups = {
  get() {
    const components = checkThis(this);
    return COMPONENTS.some((name) => components[name].hasRegExpGroups);
  },
  enumerable: true,
  configurable: true,
};
for (const name of ['exec', 'test']) {
  descriptors[name] = { value: prototypeMethods[name], writable: true, enumerable: true, configurable: true };
}
Object.defineProperties(URLPattern.prototype, descriptors);
// The constructor comes last among the prototype's own properties, as in node.
const ctorDesc = Object.getOwnPropertyDescriptor(URLPattern.prototype, 'constructor');
delete URLPattern.prototype.constructor;
Object.defineProperty(URLPattern.prototype, 'constructor', ctorDesc);

module.exports = { URLPattern };
