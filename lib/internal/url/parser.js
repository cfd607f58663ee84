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
const { parseHost } = require('internal/url/host');

const EOF = -1;

const specialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in specialPorts;
}

function defaultPort(scheme) {
  const p = specialPorts[scheme];
  return p === undefined ? null : p;
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

function isSingleDot(s) {
  return s === '.' || (s.length === 3 && s.toLowerCase() === '%2e');
}

function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: {
      const l = s.toLowerCase();
      return l === '.%2e' || l === '%2e.';
    }
    case 6: return s.toLowerCase() === '%2e%2e';
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

// Removes leading and trailing C0 controls and spaces, and every tab and newline.
function cleanInput(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  if (start > 0 || end < input.length) input = input.slice(start, end);
  if (/[\t\n\r]/.test(input)) input = input.replace(/[\t\n\r]/g, '');
  return input;
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
  } else if (/[\t\n\r]/.test(input)) {
    input = input.replace(/[\t\n\r]/g, '');
  }
  let state = stateOverride || SCHEME_START;
  // Text a state carries to the next one: only the file host state hands a
  // Windows drive letter ('c:') to the path state this way.
  let carry = '';
  const len = input.length;
  let special = isSpecialScheme(url.scheme);

  // pointer === len is the EOF code point; a state that steps back sees it again.
  for (let pointer = 0; pointer <= len; pointer++) {
    const c = pointer < len ? input.charCodeAt(pointer) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          state = SCHEME;
          pointer--;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return false;
        }
        break;

      case SCHEME: {
        // The scheme is read at once: letters, digits, '+', '-', '.' up to ':'.
        let end = pointer;
        while (end < len) {
          const ch = input.charCodeAt(end);
          if (!(isAlpha(ch) || isDigit(ch) || ch === 43 || ch === 45 || ch === 46)) break;
          end++;
        }
        if (input.charCodeAt(end) !== 58) {
          if (stateOverride) return false;
          state = NO_SCHEME;
          pointer = -1;
          break;
        }
        const buffer = input.slice(pointer, end).toLowerCase();
        pointer = end;
        if (stateOverride) {
          const bufferSpecial = isSpecialScheme(buffer);
          if (special !== bufferSpecial) return false;
          if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return false;
          if (url.scheme === 'file' && url.host === '') return false;
        }
        url.scheme = buffer;
        special = isSpecialScheme(buffer);
        if (stateOverride) {
          if (url.port === defaultPort(url.scheme)) url.port = null;
          return true;
        }
        if (url.scheme === 'file') {
          state = FILE;
        } else if (special && base !== null && base.scheme === url.scheme) {
          state = SPECIAL_RELATIVE_OR_AUTHORITY;
        } else if (special) {
          state = SPECIAL_AUTHORITY_SLASHES;
        } else if (input.charCodeAt(pointer + 1) === 47) {
          state = PATH_OR_AUTHORITY;
          pointer++;
        } else {
          url.path = '';
          state = OPAQUE_PATH;
        }
        break;
      }

      case NO_SCHEME:
        if (base === null || (typeof base.path === 'string' && c !== 35)) return null;
        if (typeof base.path === 'string' && c === 35) {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT_STATE;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 47 && input.charCodeAt(pointer + 1) === 47) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 47) {
          state = AUTHORITY;
        } else {
          state = PATH_STATE;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 47 || (special && c === 92)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = QUERY_STATE;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH_STATE;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 47 || c === 92)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 47) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH_STATE;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 47 && input.charCodeAt(pointer + 1) === 47) pointer++;
        else pointer--;
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 47 && c !== 92) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY: {
        // The authority runs to the first '/', '?' or '#' ('\' too when special);
        // everything before its last '@' is the userinfo. Further '@'s are part of
        // it (percent-encoded), and its first ':' starts the password.
        let end = pointer;
        let lastAt = -1;
        while (end < len) {
          const ch = input.charCodeAt(end);
          if (ch === 47 || ch === 63 || ch === 35 || (special && ch === 92)) break;
          if (ch === 64) lastAt = end;
          end++;
        }
        if (lastAt !== -1) {
          if (lastAt + 1 === end) return null;
          const userinfo = input.slice(pointer, lastAt);
          const colon = userinfo.indexOf(':');
          if (colon === -1) {
            url.username = percentEncode(userinfo, USERINFO);
          } else {
            url.username = percentEncode(userinfo.slice(0, colon), USERINFO);
            url.password = percentEncode(userinfo.slice(colon + 1), USERINFO);
          }
          pointer = lastAt;
        } else {
          pointer--;
        }
        state = HOST;
        break;
      }

      case HOST:
      case HOSTNAME: {
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
          break;
        }
        // The host ends at a ':' outside brackets or at the end of the authority.
        let end = pointer;
        let insideBrackets = false;
        for (; end < len; end++) {
          const ch = input.charCodeAt(end);
          if (ch === 58 && !insideBrackets) break;
          if (ch === 47 || ch === 63 || ch === 35 || (special && ch === 92)) break;
          if (ch === 91) insideBrackets = true;
          else if (ch === 93) insideBrackets = false;
        }
        const buffer = input.slice(pointer, end);
        if (end < len && input.charCodeAt(end) === 58) {
          if (buffer === '') return stateOverride ? false : null;
          if (stateOverride === HOSTNAME) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return stateOverride ? false : null;
          url.host = host;
          state = PORT;
          pointer = end;
        } else {
          if (special && buffer === '') return stateOverride ? false : null;
          if (stateOverride && buffer === '' && (hasCredentials(url) || url.port !== null)) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return stateOverride ? false : null;
          url.host = host;
          state = PATH_START;
          if (stateOverride) return true;
          pointer = end - 1;
        }
        break;
      }

      case PORT: {
        let end = pointer;
        while (end < len && isDigit(input.charCodeAt(end))) end++;
        const ch = end < len ? input.charCodeAt(end) : EOF;
        if (ch === EOF || ch === 47 || ch === 63 || ch === 35 || (special && ch === 92) || stateOverride) {
          if (end > pointer) {
            const port = Number(input.slice(pointer, end));
            if (port > 65535) return stateOverride ? false : null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            if (stateOverride) return true;
          }
          if (stateOverride) return false;
          state = PATH_START;
          pointer = end - 1;
        } else {
          return stateOverride ? false : null;
        }
        break;
      }

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 47 || c === 92) {
          state = FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = QUERY_STATE;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) shortenPath(url);
            else url.path = [];
            state = PATH_STATE;
            pointer--;
          }
        } else {
          state = PATH_STATE;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === 47 || c === 92) {
          state = FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, pointer) &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH_STATE;
          pointer--;
        }
        break;

      case FILE_HOST: {
        let end = pointer;
        for (; end < len; end++) {
          const ch = input.charCodeAt(end);
          if (ch === 47 || ch === 92 || ch === 63 || ch === 35) break;
        }
        const buffer = input.slice(pointer, end);
        pointer = end - 1;
        if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
          // Not a host: the drive letter becomes the first path segment.
          carry = buffer;
          state = PATH_STATE;
        } else if (buffer === '') {
          url.host = '';
          if (stateOverride) return true;
          state = PATH_START;
        } else {
          let host = parseHost(buffer, !special);
          if (host === null) return stateOverride ? false : null;
          if (host === 'localhost') host = '';
          url.host = host;
          if (stateOverride) return true;
          state = PATH_START;
        }
        break;
      }

      case PATH_START:
        if (special) {
          state = PATH_STATE;
          if (c !== 47 && c !== 92) pointer--;
        } else if (!stateOverride && c === 63) {
          url.query = '';
          state = QUERY_STATE;
        } else if (!stateOverride && c === 35) {
          url.fragment = '';
          state = FRAGMENT_STATE;
        } else if (c !== EOF) {
          state = PATH_STATE;
          if (c !== 47) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH_STATE: {
        // One segment at a time, up to '/' ('\' when special), or '?' or '#'
        // unless a setter is parsing a whole path.
        let end = pointer;
        for (; end < len; end++) {
          const ch = input.charCodeAt(end);
          if (ch === 47 || (special && ch === 92) || (!stateOverride && (ch === 63 || ch === 35))) break;
        }
        let buffer = input.slice(pointer, end);
        if (carry !== '') {
          buffer = carry + buffer;
          carry = '';
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
        pointer = end;
        if (ch === 63) {
          url.query = '';
          state = QUERY_STATE;
        } else if (ch === 35) {
          url.fragment = '';
          state = FRAGMENT_STATE;
        }
        break;
      }

      case OPAQUE_PATH: {
        // Everything up to '?' or '#' at once.
        let end = pointer;
        while (end < len) {
          const ch = input.charCodeAt(end);
          if (ch === 63 || ch === 35) break;
          end++;
        }
        let segment = percentEncode(input.slice(pointer, end), C0_CONTROL);
        const next = end < len ? input.charCodeAt(end) : EOF;
        if (next !== EOF && segment.charCodeAt(segment.length - 1) === 32) {
          // A trailing space before '?' or '#' would be lost on reparse.
          segment = `${segment.slice(0, -1)}%20`;
        }
        url.path += segment;
        pointer = end;
        if (next === 63) {
          url.query = '';
          state = QUERY_STATE;
        } else if (next === 35) {
          url.fragment = '';
          state = FRAGMENT_STATE;
        }
        break;
      }

      case QUERY_STATE: {
        // Everything up to '#' (or the end, under a state override) at once.
        let end = pointer;
        if (stateOverride) end = len;
        else while (end < len && input.charCodeAt(end) !== 35) end++;
        url.query += percentEncode(input.slice(pointer, end), special ? SPECIAL_QUERY : QUERY);
        pointer = end;
        if (end < len) {
          url.fragment = '';
          state = FRAGMENT_STATE;
        }
        break;
      }

      case FRAGMENT_STATE:
        if (c !== EOF) {
          url.fragment += percentEncode(input.slice(pointer), FRAGMENT);
          pointer = len;
        }
        break;
    }
  }
  return stateOverride ? true : url;
}

/*
 * The shape most URLs have: a special scheme in lower case, '//', a lower-case
 * ASCII host, an optional port, and a path, query and fragment made only of
 * characters that need no percent-encoding. For those the parser's result is
 * known from the pieces alone; anything else (dot segments, '%2e', userinfo,
 * 'xn--' labels, hosts ending in a number...) takes the full parser.
 */
const FAST_URL = new RegExp(
  '^(https?|wss?|ftp)://([a-z0-9_-]+(?:\\.[a-z0-9_-]+)*\\.?)(?::([0-9]{1,5}))?' +
  '(/[\\x21\\x24-\\x3b\\x3d\\x40-\\x5b\\x5d\\x5f\\x61-\\x7a\\x7c\\x7e]*)?' +
  '(?:\\?([\\x21\\x24-\\x26\\x28-\\x3b\\x3d\\x3f-\\x7e]*))?' +
  '(?:#([\\x21\\x23-\\x3b\\x3d\\x3f-\\x5f\\x61-\\x7e]*))?$');
const CANONICAL_IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const FAST_URL_REJECT = /\/\.\.?(?:\/|$)|%2e|(?:^|\.)xn--/i;

function fastParse(input) {
  const m = FAST_URL.exec(input);
  if (m === null) return null;
  const host = m[2];
  const path = m[4];
  if (FAST_URL_REJECT.test(host) || (path !== undefined && FAST_URL_REJECT.test(path))) return null;
  // A host whose last label starts with a digit is an IPv4 address: only the
  // canonical dotted-decimal form stays as written.
  const last = host.lastIndexOf('.', host.length - 2) + 1;
  const c = host.charCodeAt(last);
  if (c >= 48 && c <= 57 && !CANONICAL_IPV4.test(host)) return null;
  const scheme = m[1];
  let port = null;
  if (m[3] !== undefined) {
    port = Number(m[3]);
    if (port > 65535) return null;
    if (port === specialPorts[scheme]) port = null;
  }
  return {
    scheme,
    username: '',
    password: '',
    host,
    port,
    path: path === undefined ? [''] : path.slice(1).split('/'),
    query: m[5] === undefined ? null : m[5],
    fragment: m[6] === undefined ? null : m[6],
    // The input is already the serialization unless a part was dropped or added.
    href: path !== undefined && (port !== null || m[3] === undefined) ? input : null,
  };
}

// '/path?query#fragment' against a special base (the request URLs of a server),
// under the same conditions as FAST_URL.
const FAST_PATH = new RegExp(
  '^(/(?!/)[\\x21\\x24-\\x3b\\x3d\\x40-\\x5b\\x5d\\x5f\\x61-\\x7a\\x7c\\x7e]*)' +
  '(?:\\?([\\x21\\x24-\\x26\\x28-\\x3b\\x3d\\x3f-\\x7e]*))?' +
  '(?:#([\\x21\\x23-\\x3b\\x3d\\x3f-\\x5f\\x61-\\x7e]*))?$');

function fastParseRelative(input, base) {
  if (base.scheme === 'file' || !isSpecialScheme(base.scheme)) return null;
  const m = FAST_PATH.exec(input);
  if (m === null || FAST_URL_REJECT.test(m[1])) return null;
  return {
    scheme: base.scheme,
    username: base.username,
    password: base.password,
    host: base.host,
    port: base.port,
    path: m[1].slice(1).split('/'),
    query: m[2] === undefined ? null : m[2],
    fragment: m[3] === undefined ? null : m[3],
    href: null,
  };
}

function parseURL(input, base = null) {
  if (input.charCodeAt(0) === 47) {
    if (base !== null) return fastParseRelative(input, base) ?? basicParse(input, base, undefined, 0);
  } else {
    const fast = fastParse(input);
    if (fast !== null) return fast;
  }
  return basicParse(input, base, undefined, 0);
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
