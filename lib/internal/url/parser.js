'use strict';
// The basic URL parser of the URL Standard (https://url.spec.whatwg.org/), state by
// state, with its state overrides for the URL setters, and the URL serializer.
//
// A URL record is a plain object:
//   { scheme, username, password, host, port, path, query, fragment }
// host is null or the serialized host ('' for an empty host, '[::1]' for IPv6);
// port is null or a number; path is an array of segments, or a string for an
// opaque path ('mailto:x'); query and fragment are null or strings without '?'/'#'.
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

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
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
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  let special = isSpecialScheme(url.scheme);

  // pointer === len is the EOF code point; a state that steps back sees it again.
  for (let pointer = 0; pointer <= len; pointer++) {
    const c = pointer < len ? input.charCodeAt(pointer) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return false;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 43 || c === 45 || c === 46) {
          buffer += String.fromCharCode(c >= 65 && c <= 90 ? c | 0x20 : c);
        } else if (c === 58) {
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
          buffer = '';
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
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return false;
        }
        break;

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

      case AUTHORITY:
        if (c === 64) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          let colon = -1;
          if (!passwordTokenSeen) {
            colon = buffer.indexOf(':');
            if (colon !== -1) passwordTokenSeen = true;
          }
          if (colon === -1) {
            if (passwordTokenSeen) url.password += percentEncode(buffer, USERINFO);
            else url.username += percentEncode(buffer, USERINFO);
          } else {
            url.username += percentEncode(buffer.slice(0, colon), USERINFO);
            url.password += percentEncode(buffer.slice(colon + 1), USERINFO);
          }
          buffer = '';
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
          if (atSignSeen && buffer === '') return null;
          pointer -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += input[pointer];
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === 58 && !insideBrackets) {
          if (buffer === '') return stateOverride ? false : null;
          if (stateOverride === HOSTNAME) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
          pointer--;
          if (special && buffer === '') return stateOverride ? false : null;
          if (stateOverride && buffer === '' && (hasCredentials(url) || url.port !== null)) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return true;
        } else {
          if (c === 91) insideBrackets = true;
          else if (c === 93) insideBrackets = false;
          buffer += input[pointer];
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer += input[pointer];
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92) || stateOverride) {
          if (buffer !== '') {
            const port = Number(buffer);
            if (port > 65535) return stateOverride ? false : null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return true;
          }
          if (stateOverride) return false;
          state = PATH_START;
          pointer--;
        } else {
          return stateOverride ? false : null;
        }
        break;

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

      case FILE_HOST:
        if (c === EOF || c === 47 || c === 92 || c === 63 || c === 35) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            // The buffer is kept: it becomes the first path segment.
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
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[pointer];
        }
        break;

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
        const slash = c === 47 || (special && c === 92);
        if (c === EOF || slash || (!stateOverride && (c === 63 || c === 35))) {
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
          buffer = '';
          if (c === 63) {
            url.query = '';
            state = QUERY_STATE;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          }
        } else {
          // Collected raw; encoded when the segment ends ('%' is not in the set).
          buffer += input[pointer];
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

function parseURL(input, base = null) {
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
