'use strict';
// The basic URL parser of the URL Standard (https://url.spec.whatwg.org/), state by
// state, with its state overrides for the URL setters, and the URL serializer.
//
// A URL record is a plain object:
//   { scheme, username, password, host, port, path, query, fragment, href }
// host is null or the serialized host ('' for an empty host, '[::1]' for IPv6);
// port is null or a number; path is an array of segments, or a string for an
// opaque path ('mailto:x'); query and fragment are null or strings without '?'/'#';
// href is the serialization when the parser got it for free, else null.
// The parser works on UTF-16 units: every character it compares is ASCII, and
// percent-encoding combines surrogate pairs.

const {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, percentEncode,
} = require('internal/url/encoding');
const { endsInANumber, parseHost, parseIPv4, serializeIPv4 } = require('internal/url/host');

const EOF = -1;

/*
 * Schemes are compared with switch rather than looked up as property keys: a
 * scheme is usually a fresh string, and JSC atomizes a fresh string (a hash
 * table probe) every time it is used as a key.
 */
function isSpecialScheme(scheme) {
  switch (scheme) {
    case 'http': case 'https': case 'ws': case 'wss': case 'ftp': case 'file': return true;
    default: return false;
  }
}

function defaultPort(scheme) {
  switch (scheme) {
    case 'http': case 'ws': return 80;
    case 'https': case 'wss': return 443;
    case 'ftp': return 21;
    default: return null;
  }
}

// input[start, end) lower-cased. The special schemes come back as the constants
// themselves (no new string, and cheap to compare and switch on).
function lowerScheme(input, start, end) {
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
  }
  const n = end - start;
  if (n >= 2 && n <= 5) {
    const c0 = input.charCodeAt(start) | 0x20;
    const special = c0 === 104 ? (n === 4 ? 'http' : 'https') : c0 === 119 ? (n === 2 ? 'ws' : 'wss') :
      c0 === 102 ? (n === 3 ? 'ftp' : 'file') : null;
    if (special !== null && special.length === n && matchesLower(input, start, special)) return special;
  }
  const scheme = input.slice(start, end);
  return upper ? scheme.toLowerCase() : scheme;
}

// Whether input at start holds lower (all ASCII letters) in any case.
function matchesLower(input, start, lower) {
  for (let i = 0; i < lower.length; i++) {
    if ((input.charCodeAt(start + i) | 0x20) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

// States; the setters pass some of them as a state override.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH_STATE = 18;
const OPAQUE_PATH = 19;
const QUERY_STATE = 20;
const FRAGMENT_STATE = 21;

function isAlpha(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c) {
  return c >= 48 && c <= 57;
}

// href is the serialization when the parser knows it for free, else null.
function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null, path: [], query: null,
    fragment: null, href: null,
  };
}

// 'c:' or 'c|' (normalized: only 'c:').
function isWindowsDriveLetter(s, normalizedOnly) {
  if (s.length !== 2 || !isAlpha(s.charCodeAt(0))) return false;
  const c = s.charCodeAt(1);
  return c === 58 || (!normalizedOnly && c === 124);
}

// Whether input[i...] starts with a Windows drive letter followed by the end, or
// by '/', '\', '?' or '#'.
function startsWithWindowsDriveLetter(input, i) {
  if (input.length - i < 2) return false;
  if (!isAlpha(input.charCodeAt(i))) return false;
  const c = input.charCodeAt(i + 1);
  if (c !== 58 && c !== 124) return false;
  if (input.length - i === 2) return true;
  const n = input.charCodeAt(i + 2);
  return n === 47 || n === 92 || n === 63 || n === 35;
}

// Whether s holds '%2e' or '%2E' at i.
function isEncodedDot(s, i) {
  return s.charCodeAt(i) === 37 && s.charCodeAt(i + 1) === 50 && (s.charCodeAt(i + 2) | 0x20) === 101;
}

function isSingleDot(s) {
  return s === '.' || (s.length === 3 && isEncodedDot(s, 0));
}

function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4:
      return (s.charCodeAt(0) === 46 && isEncodedDot(s, 1)) ||
        (isEncodedDot(s, 0) && s.charCodeAt(3) === 46);
    case 6: return isEncodedDot(s, 0) && isEncodedDot(s, 3);
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function hasCredentials(url) {
  return url.username !== '' || url.password !== '';
}

const TAB_OR_NEWLINE = /[\t\n\r]/;
const TAB_OR_NEWLINE_ALL = /[\t\n\r]/g;

// Removes leading and trailing C0 controls and spaces, and every tab and newline.
function cleanInput(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  if (start > 0 || end < input.length) input = input.slice(start, end);
  if (TAB_OR_NEWLINE.test(input)) input = input.replace(TAB_OR_NEWLINE_ALL, '');
  return input;
}

// What a state handler answers: go on, or stop with failure / success / refusal.
const GO = 0;
const FAIL = 1;
const OK = 2;
const NO = 3;

/*
 * The parser's working state, shared by the state handlers below. Each handler
 * reads from `pointer` and leaves `pointer` on the last code point it consumed
 * (the loop then steps past it), so a handler may consume a whole component.
 * The handlers are separate functions because one function holding the whole
 * state machine takes the JIT far longer to optimize.
 */
class Parser {
  constructor() {
    this.reset('', null, null, 0);
  }

  reset(input, base, url, stateOverride) {
    this.input = input;
    this.len = input.length;
    this.base = base;
    this.url = url;
    this.override = stateOverride;
    this.state = stateOverride || SCHEME_START;
    this.pointer = 0;
    this.special = url !== null && isSpecialScheme(url.scheme);
    // Text a state carries to the next one: only the file host state hands a
    // Windows drive letter ('c:') to the path state this way.
    this.carry = '';
  }
}

const theParser = new Parser();

// The scheme is read at once: letters, digits, '+', '-', '.' up to ':'.
function schemeState(p) {
  const { input, len, url } = p;
  let end = p.pointer;
  while (end < len) {
    const ch = input.charCodeAt(end);
    if (!(isAlpha(ch) || isDigit(ch) || ch === 43 || ch === 45 || ch === 46)) break;
    end++;
  }
  if (input.charCodeAt(end) !== 58) {
    if (p.override) return NO;
    p.state = NO_SCHEME;
    p.pointer = -1;
    return GO;
  }
  const buffer = lowerScheme(input, p.pointer, end);
  p.pointer = end;
  if (p.override) {
    if (p.special !== isSpecialScheme(buffer)) return NO;
    if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return NO;
    if (url.scheme === 'file' && url.host === '') return NO;
  }
  url.scheme = buffer;
  p.special = isSpecialScheme(buffer);
  if (p.override) {
    if (url.port === defaultPort(url.scheme)) url.port = null;
    return OK;
  }
  if (buffer === 'file') {
    p.state = FILE;
  } else if (p.special && p.base !== null && p.base.scheme === buffer) {
    p.state = SPECIAL_RELATIVE_OR_AUTHORITY;
  } else if (p.special) {
    p.state = SPECIAL_AUTHORITY_SLASHES;
  } else if (input.charCodeAt(p.pointer + 1) === 47) {
    p.state = PATH_OR_AUTHORITY;
    p.pointer++;
  } else {
    url.path = '';
    p.state = OPAQUE_PATH;
  }
  return GO;
}

function noSchemeState(p, c) {
  const { base, url } = p;
  if (base === null || (typeof base.path === 'string' && c !== 35)) return FAIL;
  if (typeof base.path === 'string') {
    url.scheme = base.scheme;
    p.special = isSpecialScheme(url.scheme);
    url.path = base.path;
    url.query = base.query;
    url.fragment = '';
    p.state = FRAGMENT_STATE;
  } else {
    p.state = base.scheme !== 'file' ? RELATIVE : FILE;
    p.pointer--;
  }
  return GO;
}

// On '?' or '#' (c), starts an empty query or fragment and moves to its state.
function enterQueryOrFragment(p, c) {
  if (c === 63) {
    p.url.query = '';
    p.state = QUERY_STATE;
    return true;
  }
  if (c === 35) {
    p.url.fragment = '';
    p.state = FRAGMENT_STATE;
    return true;
  }
  return false;
}

function relativeState(p, c) {
  const { base, url } = p;
  url.scheme = base.scheme;
  p.special = isSpecialScheme(url.scheme);
  if (c === 47 || (p.special && c === 92)) {
    p.state = RELATIVE_SLASH;
    return GO;
  }
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
  url.path = base.path.slice();
  url.query = base.query;
  if (!enterQueryOrFragment(p, c) && c !== EOF) {
    url.query = null;
    shortenPath(url);
    p.state = PATH_STATE;
    p.pointer--;
  }
  return GO;
}

function relativeSlashState(p, c) {
  if (p.special && (c === 47 || c === 92)) {
    p.state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
  } else if (c === 47) {
    p.state = AUTHORITY;
  } else {
    const { base, url } = p;
    url.username = base.username;
    url.password = base.password;
    url.host = base.host;
    url.port = base.port;
    p.state = PATH_STATE;
    p.pointer--;
  }
  return GO;
}

/*
 * The authority runs to the first '/', '?' or '#' ('\' too when special);
 * everything before its last '@' is the userinfo. Further '@'s are part of it
 * (percent-encoded), and its first ':' starts the password.
 */
function authorityState(p) {
  const { input, len, url, special } = p;
  const start = p.pointer;
  let end = start;
  let lastAt = -1;
  while (end < len) {
    const ch = input.charCodeAt(end);
    if (ch === 47 || ch === 63 || ch === 35 || (special && ch === 92)) break;
    if (ch === 64) lastAt = end;
    end++;
  }
  if (lastAt !== -1) {
    if (lastAt + 1 === end) return FAIL;
    const userinfo = input.slice(start, lastAt);
    const colon = userinfo.indexOf(':');
    if (colon === -1) {
      url.username = percentEncode(userinfo, USERINFO);
    } else {
      url.username = percentEncode(userinfo.slice(0, colon), USERINFO);
      url.password = percentEncode(userinfo.slice(colon + 1), USERINFO);
    }
    p.pointer = lastAt;
  } else {
    p.pointer--;
  }
  p.state = HOST;
  return GO;
}

// The host ends at a ':' outside brackets or at the end of the authority.
function hostState(p) {
  const { input, len, url, special, override } = p;
  if (override && url.scheme === 'file') {
    p.pointer--;
    p.state = FILE_HOST;
    return GO;
  }
  const start = p.pointer;
  let end = start;
  let insideBrackets = false;
  for (; end < len; end++) {
    const ch = input.charCodeAt(end);
    if (ch === 58 && !insideBrackets) break;
    if (ch === 47 || ch === 63 || ch === 35 || (special && ch === 92)) break;
    if (ch === 91) insideBrackets = true;
    else if (ch === 93) insideBrackets = false;
  }
  const buffer = input.slice(start, end);
  if (end < len && input.charCodeAt(end) === 58) {
    if (buffer === '') return FAIL;
    if (override === HOSTNAME) return NO;
    const host = parseHost(buffer, !special);
    if (host === null) return FAIL;
    url.host = host;
    p.state = PORT;
    p.pointer = end;
    return GO;
  }
  if (special && buffer === '') return FAIL;
  if (override && buffer === '' && (hasCredentials(url) || url.port !== null)) return NO;
  const host = parseHost(buffer, !special);
  if (host === null) return FAIL;
  url.host = host;
  p.state = PATH_START;
  if (override) return OK;
  p.pointer = end - 1;
  return GO;
}

function portState(p) {
  const { input, len, url, override } = p;
  const start = p.pointer;
  let end = start;
  while (end < len && isDigit(input.charCodeAt(end))) end++;
  const ch = end < len ? input.charCodeAt(end) : EOF;
  if (!(ch === EOF || ch === 47 || ch === 63 || ch === 35 || (p.special && ch === 92) || override)) {
    return FAIL;
  }
  if (end > start) {
    const port = Number(input.slice(start, end));
    if (port > 65535) return FAIL;
    url.port = port === defaultPort(url.scheme) ? null : port;
    if (override) return OK;
  }
  if (override) return NO;
  p.state = PATH_START;
  p.pointer = end - 1;
  return GO;
}

function fileState(p, c) {
  const { base, url } = p;
  url.scheme = 'file';
  p.special = true;
  url.host = '';
  if (c === 47 || c === 92) {
    p.state = FILE_SLASH;
  } else if (base !== null && base.scheme === 'file') {
    url.host = base.host;
    url.path = base.path.slice();
    url.query = base.query;
    if (!enterQueryOrFragment(p, c) && c !== EOF) {
      url.query = null;
      if (!startsWithWindowsDriveLetter(p.input, p.pointer)) shortenPath(url);
      else url.path = [];
      p.state = PATH_STATE;
      p.pointer--;
    }
  } else {
    p.state = PATH_STATE;
    p.pointer--;
  }
  return GO;
}

function fileSlashState(p, c) {
  if (c === 47 || c === 92) {
    p.state = FILE_HOST;
    return GO;
  }
  const { base, url } = p;
  if (base !== null && base.scheme === 'file') {
    url.host = base.host;
    if (!startsWithWindowsDriveLetter(p.input, p.pointer) &&
        base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
      url.path.push(base.path[0]);
    }
  }
  p.state = PATH_STATE;
  p.pointer--;
  return GO;
}

function fileHostState(p) {
  const { input, len, url, override } = p;
  let end = p.pointer;
  for (; end < len; end++) {
    const ch = input.charCodeAt(end);
    if (ch === 47 || ch === 92 || ch === 63 || ch === 35) break;
  }
  const buffer = input.slice(p.pointer, end);
  p.pointer = end - 1;
  if (!override && isWindowsDriveLetter(buffer, false)) {
    // Not a host: the drive letter becomes the first path segment.
    p.carry = buffer;
    p.state = PATH_STATE;
  } else if (buffer === '') {
    url.host = '';
    if (override) return OK;
    p.state = PATH_START;
  } else {
    let host = parseHost(buffer, !p.special);
    if (host === null) return FAIL;
    if (host === 'localhost') host = '';
    url.host = host;
    if (override) return OK;
    p.state = PATH_START;
  }
  return GO;
}

function pathStartState(p, c) {
  const { url, override } = p;
  if (p.special) {
    p.state = PATH_STATE;
    if (c !== 47 && c !== 92) p.pointer--;
  } else if (!override && enterQueryOrFragment(p, c)) {
    // query or fragment
  } else if (c !== EOF) {
    p.state = PATH_STATE;
    if (c !== 47) p.pointer--;
  } else if (override && url.host === null) {
    url.path.push('');
  }
  return GO;
}

// One segment at a time, up to '/' ('\' when special), or '?' or '#' unless a
// setter is parsing a whole path.
function pathState(p) {
  const { input, len, url, special, override } = p;
  let end = p.pointer;
  for (; end < len; end++) {
    const ch = input.charCodeAt(end);
    if (ch === 47 || (special && ch === 92) || (!override && (ch === 63 || ch === 35))) break;
  }
  let buffer = input.slice(p.pointer, end);
  if (p.carry !== '') {
    buffer = p.carry + buffer;
    p.carry = '';
  }
  const ch = end < len ? input.charCodeAt(end) : EOF;
  const slash = ch === 47 || (special && ch === 92);
  if (isDoubleDot(buffer)) {
    shortenPath(url);
    if (!slash) url.path.push('');
  } else if (isSingleDot(buffer)) {
    if (!slash) url.path.push('');
  } else {
    if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
      buffer = `${buffer[0]}:`;
    }
    url.path.push(percentEncode(buffer, PATH));
  }
  p.pointer = end;
  enterQueryOrFragment(p, ch);
  return GO;
}

// Everything up to '?' or '#' at once.
function opaquePathState(p) {
  const { input, len, url } = p;
  let end = p.pointer;
  while (end < len) {
    const ch = input.charCodeAt(end);
    if (ch === 63 || ch === 35) break;
    end++;
  }
  let segment = percentEncode(input.slice(p.pointer, end), C0_CONTROL);
  const next = end < len ? input.charCodeAt(end) : EOF;
  if (next !== EOF && segment.charCodeAt(segment.length - 1) === 32) {
    // A trailing space before '?' or '#' would be lost on reparse.
    segment = `${segment.slice(0, -1)}%20`;
  }
  url.path += segment;
  p.pointer = end;
  enterQueryOrFragment(p, next);
  return GO;
}

// Everything up to '#' (or the end, under a state override) at once.
function queryState(p) {
  const { input, len, url } = p;
  let end = p.pointer;
  if (p.override) end = len;
  else while (end < len && input.charCodeAt(end) !== 35) end++;
  url.query += percentEncode(input.slice(p.pointer, end), p.special ? SPECIAL_QUERY : QUERY);
  p.pointer = end;
  if (end < len) {
    url.fragment = '';
    p.state = FRAGMENT_STATE;
  }
  return GO;
}

function fragmentState(p, c) {
  if (c !== EOF) {
    p.url.fragment += percentEncode(p.input.slice(p.pointer), FRAGMENT);
    p.pointer = p.len;
  }
  return GO;
}

/*
 * Parses input against base (a record or null). Without stateOverride it returns a
 * new record or null for failure. With stateOverride it updates `url` in place and
 * returns false when the change is refused.
 */
function basicParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = newRecord();
    input = cleanInput(input);
  } else if (TAB_OR_NEWLINE.test(input)) {
    input = input.replace(TAB_OR_NEWLINE_ALL, '');
  }
  // One Parser serves every parse: parsing never re-enters itself.
  const p = theParser;
  p.reset(input, base, url, stateOverride);
  const len = p.len;
  // pointer === len is the EOF code point; a state that steps back sees it again.
  for (; p.pointer <= len; p.pointer++) {
    const c = p.pointer < len ? input.charCodeAt(p.pointer) : EOF;
    let r = GO;
    switch (p.state) {
      case SCHEME_START:
        if (isAlpha(c)) p.state = SCHEME;
        else if (!stateOverride) p.state = NO_SCHEME;
        else return false;
        p.pointer--;
        break;
      case SCHEME: r = schemeState(p); break;
      case NO_SCHEME: r = noSchemeState(p, c); break;
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 47 && input.charCodeAt(p.pointer + 1) === 47) {
          p.state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p.pointer++;
        } else {
          p.state = RELATIVE;
          p.pointer--;
        }
        break;
      case PATH_OR_AUTHORITY:
        if (c === 47) {
          p.state = AUTHORITY;
        } else {
          p.state = PATH_STATE;
          p.pointer--;
        }
        break;
      case RELATIVE: r = relativeState(p, c); break;
      case RELATIVE_SLASH: r = relativeSlashState(p, c); break;
      case SPECIAL_AUTHORITY_SLASHES:
        p.state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 47 && input.charCodeAt(p.pointer + 1) === 47) p.pointer++;
        else p.pointer--;
        break;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 47 && c !== 92) {
          p.state = AUTHORITY;
          p.pointer--;
        }
        break;
      case AUTHORITY: r = authorityState(p); break;
      case HOST:
      case HOSTNAME: r = hostState(p); break;
      case PORT: r = portState(p); break;
      case FILE: r = fileState(p, c); break;
      case FILE_SLASH: r = fileSlashState(p, c); break;
      case FILE_HOST: r = fileHostState(p); break;
      case PATH_START: r = pathStartState(p, c); break;
      case PATH_STATE: r = pathState(p); break;
      case OPAQUE_PATH: r = opaquePathState(p); break;
      case QUERY_STATE: r = queryState(p); break;
      case FRAGMENT_STATE: r = fragmentState(p, c); break;
    }
    if (r !== GO) {
      if (r === OK) return true;
      if (r === NO) return false;
      return stateOverride ? false : null;
    }
  }
  return stateOverride ? true : url;
}

/*
 * The shape most URLs have: a special scheme in lower case, '//', a lower-case
 * ASCII host, an optional port, and a path, query and fragment made only of
 * characters that need no percent-encoding. For those the parser's result is
 * known from the pieces alone; anything else (dot segments, '%2e', userinfo,
 * 'xn--' labels, upper case...) takes the full parser. One hand-written scan
 * (a regex match costs more on JSC: the match array and every capture).
 */
function charTable(ranges) {
  const t = new Uint8Array(128);
  for (const r of ranges) {
    const [lo, hi = lo] = r;
    for (let c = lo; c <= hi; c++) t[c] = 1;
  }
  return t;
}
const HOST_OK = charTable([[0x2d], [0x30, 0x39], [0x5f], [0x61, 0x7a]]);
const PATH_OK = charTable([[0x21], [0x24, 0x3b], [0x3d], [0x40, 0x5b], [0x5d], [0x5f], [0x61, 0x7a], [0x7c],
  [0x7e]]);
const QUERY_OK = charTable([[0x21], [0x24, 0x26], [0x28, 0x3b], [0x3d], [0x3f, 0x7e]]);
const FRAGMENT_OK = charTable([[0x21], [0x23, 0x3b], [0x3d], [0x3f, 0x5f], [0x61, 0x7e]]);
const DIGITS = charTable([[0x30, 0x39]]);
// Userinfo characters the userinfo percent-encode set leaves alone.
const USERINFO_OK = charTable([[0x21], [0x24, 0x2e], [0x30, 0x3a], [0x41, 0x5a], [0x5f], [0x61, 0x7a],
  [0x7e]]);
// Opaque path characters the C0 control set leaves alone (but the space, which
// has a rule of its own before a query or fragment).
const OPAQUE_OK = charTable([[0x21, 0x22], [0x24, 0x3e], [0x40, 0x7e]]);

// The end of the run of characters from `table` at input[i...].
function scanRun(input, i, table) {
  const len = input.length;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || table[c] === 0) break;
  }
  return i;
}

// Set by scanSegments when the path read differs from its text (dot segments).
let pathChanged = false;

/*
 * Reads path segments from input[i...] (just past a '/', or the start of a
 * relative path) onto path, up to '?', '#' or the end; returns where it stopped,
 * or -1 when a character needs encoding or a segment is '%2e' (a dot segment in
 * disguise). '.' and '..' are applied when dots is true (special schemes other
 * than file, whose drive letters make '..' subtle), else refused.
 */
function scanSegments(input, i, path, dots) {
  const len = input.length;
  let start = i;
  for (;; i++) {
    const c = i < len ? input.charCodeAt(i) : -1;
    if (c === 47 || c === 63 || c === 35 || c === -1) {
      const n = i - start;
      if ((n === 1 || n === 2) && input.charCodeAt(start) === 46 &&
          (n === 1 || input.charCodeAt(start + 1) === 46)) {
        if (!dots) return -1;
        pathChanged = true;
        if (n === 2) path.pop();
        if (c !== 47) path.push('');
      } else {
        path.push(input.slice(start, i));
      }
      if (c !== 47) return i;
      start = i + 1;
    } else if (c >= 128 || PATH_OK[c] === 0) {
      return -1;
    } else if (c === 37 && input.charCodeAt(i + 1) === 50 && (input.charCodeAt(i + 2) | 0x20) === 101) {
      return -1;
    }
  }
}

// Reads ['?' query] ['#' fragment] at input[i...] into url; whether that was all.
function scanQueryAndFragment(input, i, url) {
  if (input.charCodeAt(i) === 63) {
    const end = scanRun(input, i + 1, QUERY_OK);
    url.query = input.slice(i + 1, end);
    i = end;
  }
  if (input.charCodeAt(i) === 35) {
    const end = scanRun(input, i + 1, FRAGMENT_OK);
    url.fragment = input.slice(i + 1, end);
    i = end;
  }
  return i === input.length;
}

/*
 * Reads ['/' path] ['?' query] ['#' fragment] from input[i...] into url, which
 * must then be the whole input. False when a character needs encoding or the
 * path holds a dot segment the caller does not allow.
 */
function scanTail(input, i, url, dots) {
  if (input.charCodeAt(i) === 47) {
    const path = [];
    i = scanSegments(input, i + 1, path, dots);
    if (i === -1) return false;
    url.path = path;
  }
  return scanQueryAndFragment(input, i, url);
}

const FAST_SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp'];

// The special scheme (not file) input starts with, in any case and followed by
// '://', as its lower-case constant, or null.
function fastScheme(input) {
  const c = input.charCodeAt(0) | 0x20;
  for (let k = 0; k < FAST_SCHEMES.length; k++) {
    const s = FAST_SCHEMES[k];
    if (s.charCodeAt(0) === c && matchesLower(input, 0, s) && input.startsWith('://', s.length)) return s;
  }
  return null;
}

let hostUpper = false; // set by scanHost when the host has upper-case letters

// The end of a host of ASCII labels (none empty, none starting with 'xn--', a
// final '.' allowed) at input[i...], or -1.
function scanHost(input, i) {
  const len = input.length;
  const start = i;
  let labelStart = i;
  hostUpper = false;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c === 46) {
      if (i === labelStart) return -1;
      labelStart = i + 1;
    } else if (c >= 65 && c <= 90) {
      hostUpper = true;
      if (i === labelStart && c === 88 && (input.charCodeAt(i + 1) | 0x20) === 110 &&
          input.startsWith('--', i + 2)) {
        return -1;
      }
    } else if (c >= 128 || HOST_OK[c] === 0) {
      break;
    } else if (i === labelStart && c === 120 && (input.charCodeAt(i + 1) | 0x20) === 110 &&
               input.startsWith('--', i + 2)) {
      return -1;
    }
  }
  return i === start ? -1 : i;
}

// Where the userinfo ('user:pass@') at input[i...] ends (its '@'), -1 when there
// is none, or -2 when it needs the full parser (characters to encode, several '@').
function scanUserinfo(input, i) {
  const len = input.length;
  let at = -1;
  let plain = true;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 92) break;
    if (c === 64) {
      if (at !== -1 || !plain) return -2;
      at = i;
    } else if (at === -1 && (c >= 128 || USERINFO_OK[c] === 0)) {
      plain = false;
    }
  }
  return at;
}

function fastParse(input) {
  const scheme = fastScheme(input);
  if (scheme === null) return null;
  let canonical = input.startsWith(scheme);
  let hostStart = scheme.length + 3;
  let username = '';
  let password = '';
  const at = scanUserinfo(input, hostStart);
  if (at === -2) return null;
  if (at !== -1) {
    const colon = input.indexOf(':', hostStart);
    if (colon !== -1 && colon < at) {
      username = input.slice(hostStart, colon);
      password = input.slice(colon + 1, at);
      // Later colons are percent-encoded.
      if (password.indexOf(':') !== -1) return null;
      if (password === '') canonical = false;
    } else {
      username = input.slice(hostStart, at);
    }
    if (username === '' && password === '') canonical = false;
    hostStart = at + 1;
  }
  let host;
  let hostEnd;
  if (input.charCodeAt(hostStart) === 91) {
    hostEnd = input.indexOf(']', hostStart) + 1;
    if (hostEnd === 0) return null;
    const literal = input.slice(hostStart, hostEnd);
    host = parseHost(literal, false);
    if (host === null) return null;
    if (host !== literal) canonical = false;
  } else {
    hostEnd = scanHost(input, hostStart);
    if (hostEnd === -1) return null;
    host = input.slice(hostStart, hostEnd);
    if (hostUpper) {
      host = host.toLowerCase();
      canonical = false;
    }
    // A host whose last label is a number is an IPv4 address, in any of its forms.
    const last = host.lastIndexOf('.', host.length - 2) + 1;
    const c = host.charCodeAt(last);
    if (c >= 48 && c <= 57 && endsInANumber(host)) {
      const address = parseIPv4(host);
      if (address === null) return null;
      const serialized = serializeIPv4(address);
      if (serialized !== host) canonical = false;
      host = serialized;
    }
  }
  let i = hostEnd;
  let port = null;
  if (input.charCodeAt(i) === 58) {
    const end = scanRun(input, i + 1, DIGITS);
    if (end === i + 1 || end - i > 6) return null;
    port = Number(input.slice(i + 1, end));
    if (port > 65535) return null;
    if (input.charCodeAt(i + 1) === 48 && end - i > 2) canonical = false; // leading zeros
    if (port === defaultPort(scheme)) {
      port = null;
      canonical = false;
    }
    i = end;
  }
  const url = {
    scheme, username, password, host, port, path: [''], query: null, fragment: null, href: null,
  };
  if (input.charCodeAt(i) !== 47) canonical = false;
  pathChanged = false;
  if (!scanTail(input, i, url, true)) return null;
  // The input is already the serialization unless a part was dropped or changed.
  if (canonical && !pathChanged) url.href = input;
  return url;
}

// 'file:///path?query#fragment' (what pathToFileURL and the module loaders
// make), under the same conditions; a first segment that looks like a Windows
// drive letter takes the full parser.
function fastParseFile(input) {
  if (!input.startsWith('file:///') || startsWithWindowsDriveLetter(input, 8)) return null;
  const url = {
    scheme: 'file', username: '', password: '', host: '', port: null, path: null, query: null,
    fragment: null, href: input,
  };
  return scanTail(input, 7, url, false) ? url : null;
}

// A relative reference against a special base other than file (the request URLs
// of a server, links in a page): '/path...' replaces the base's path, 'a/../b...'
// is resolved against its directory.
function fastParseRelative(input, base) {
  if (base.scheme === 'file' || !isSpecialScheme(base.scheme)) return null;
  const c0 = input.charCodeAt(0);
  let path;
  let i = 0;
  if (c0 === 47) {
    if (input.charCodeAt(1) === 47) return null;
    path = [];
    i = 1;
  } else {
    if (input.length === 0 || c0 === 63 || c0 === 35 || c0 === 92) return null;
    if (isAlpha(c0)) {
      // 'x:' would be a scheme.
      let j = 1;
      for (; j < input.length; j++) {
        const c = input.charCodeAt(j);
        if (!(isAlpha(c) || isDigit(c) || c === 43 || c === 45 || c === 46)) break;
      }
      if (input.charCodeAt(j) === 58) return null;
    }
    path = base.path.slice(0, -1);
  }
  const url = {
    scheme: base.scheme, username: base.username, password: base.password, host: base.host,
    port: base.port, path, query: null, fragment: null, href: null,
  };
  i = scanSegments(input, i, path, true);
  return i !== -1 && scanQueryAndFragment(input, i, url) ? url : null;
}

// 'scheme:opaque path' of a non-special scheme in lower case ('mailto:x@y',
// 'data:...', 'javascript:...') when nothing needs encoding.
function fastParseOpaque(input) {
  const len = input.length;
  let i = 0;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (i > 0 && (isDigit(c) || c === 43 || c === 45 || c === 46)))) break;
  }
  if (i === 0 || input.charCodeAt(i) !== 58 || input.charCodeAt(i + 1) === 47) return null;
  const scheme = input.slice(0, i);
  if (isSpecialScheme(scheme)) return null;
  const end = scanRun(input, i + 1, OPAQUE_OK);
  const url = {
    scheme, username: '', password: '', host: null, port: null, path: input.slice(i + 1, end),
    query: null, fragment: null, href: input,
  };
  return scanQueryAndFragment(input, end, url) ? url : null;
}

function parseURL(input, base = null) {
  const c0 = input.charCodeAt(0);
  let fast;
  if (c0 === 102 && input.startsWith('file:')) {
    fast = fastParseFile(input);
  } else {
    fast = fastParse(input);
    if (fast === null && base !== null) fast = fastParseRelative(input, base);
    if (fast === null && c0 !== 47) fast = fastParseOpaque(input);
  }
  return fast ?? basicParse(input, base, undefined, 0);
}

function serializePath(url) {
  const path = url.path;
  if (typeof path === 'string') return path;
  let out = '';
  for (let i = 0; i < path.length; i++) out += `/${path[i]}`;
  return out;
}

// The href of a record, optionally without its fragment.
function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

module.exports = {
  OPAQUE_PATH,
  SCHEME_START,
  AUTHORITY,
  HOST,
  HOSTNAME,
  PORT,
  PATH_START,
  QUERY_STATE,
  FRAGMENT_STATE,
  basicParse,
  defaultPort,
  isSpecialScheme,
  newRecord,
  parseURL,
  serializePath,
  serializeURL,
};
