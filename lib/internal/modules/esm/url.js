'use strict';
// file: URLs <-> paths for the ES module loader, which keys modules by URL.
// Self-contained so that the loader does not need the WHATWG URL parser to start.

const path = require('path');

// Bytes a file URL path may hold as they are (the URL path percent-encode set
// leaves these alone); everything else is written as %XX of its UTF-8 bytes.
function isPlainPathByte(b) {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) ||
    '/-._~!$&\'()*+,;=:@'.includes(String.fromCharCode(b));
}

// The same set as a pattern: most paths need no encoding, and the engine's
// compiled regular expression says so faster than a loop.
const kPlainPath = /^[A-Za-z0-9/\-._~!$&'()*+,;=:@]*$/;

function encodePath(p) {
  if (kPlainPath.test(p)) return p;
  let out = '';
  for (const ch of p) {
    const c = ch.charCodeAt(0);
    out += c < 0x80 && isPlainPathByte(c) ? ch : encodeURIComponent(ch);
  }
  return out;
}

// An absolute path (or one resolved from the cwd) as a file: URL string.
function pathToFileURL(filepath) {
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return `file://${encodePath(resolved)}`;
}

// The last two URLs converted: the loader converts a module's URL several times
// as it resolves, loads and records it, and its parent's for every import.
let lastURL = null;
let lastPath = '';
let prevURL = null;
let prevPath = '';

// A file: URL string (query and fragment ignored) as a path.
function fileURLToPath(url) {
  if (typeof url !== 'string') url = `${url.href ?? url}`;
  if (url === lastURL) return lastPath;
  if (url === prevURL) return prevPath;
  const result = convertFileURL(url);
  prevURL = lastURL;
  prevPath = lastPath;
  lastURL = url;
  lastPath = result;
  return result;
}

// A file: URL whose path is known (the resolver made it from one): the next
// fileURLToPath of it finds it without converting.
function rememberFileURL(url, filepath) {
  if (url === lastURL) return;
  prevURL = lastURL;
  prevPath = lastPath;
  lastURL = url;
  lastPath = filepath;
}

function convertFileURL(url) {
  if (!url.startsWith('file:')) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_URL_SCHEME('file');
  }
  let rest = url.slice(5);
  const cut = rest.search(/[?#]/);
  if (cut !== -1) rest = rest.slice(0, cut);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = rest.slice(2, slash === -1 ? rest.length : slash);
    if (host !== '' && host !== 'localhost') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_FILE_URL_HOST('linux');
    }
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (/%2f/i.test(rest)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(rest);
}

// Characters a URL path holds as they are when a relative reference is resolved
// (outside WHATWG's path percent-encode set; '%' stays, escapes included).
const kURLPathPlain = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%[\]|]*$/;

// A reference's path as the URL parser writes it: '\' is '/' in file: URLs, and
// the path percent-encode set (controls, space, " # < > ? ^ ` { } and non-ASCII)
// is percent-encoded as UTF-8.
function encodeReferencePath(ref) {
  ref = ref.replace(/\\/g, '/');
  if (kURLPathPlain.test(ref)) return ref;
  let out = '';
  for (const ch of ref) {
    out += kURLPathPlain.test(ch) ? ch : encodeURIComponent(ch);
  }
  return out;
}

// A reference's ?query#fragment as the URL parser writes it (its query and
// fragment percent-encode sets, for a special scheme).
function encodeSuffix(suffix) {
  const hash = suffix.indexOf('#');
  const encode = (text, set) => text.replace(set, (ch) => (ch === "'" ? '%27' : encodeURIComponent(ch)));
  const query = hash === -1 ? suffix : suffix.slice(0, hash);
  let out = encode(query, /[\x00-\x20"<>'\x7f]|[^\x00-\x7f]/gu);
  if (hash !== -1) out += encode(suffix.slice(hash), /[\x00-\x20"<>`\x7f]|[^\x00-\x7f]/gu);
  return out;
}

// RFC 3986 / WHATWG: drops `.` segments and `..` with the segment before it,
// keeping empty segments (`a//b`) and a final slash after a trailing dot segment.
function removeDotSegments(urlPath) {
  const segments = urlPath.split('/');
  const out = [];
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    const lower = segment.length <= 6 ? segment.toLowerCase() : '';
    if (lower === '.' || lower === '%2e') {
      if (last) out.push('');
    } else if (lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e') {
      out.pop();
      if (last) out.push('');
    } else {
      out.push(segment);
    }
  }
  return `/${out.join('/')}`;
}

// A relative reference the fast path of resolveFileURL takes: `./` then names of
// characters no URL encoding changes, single slashes between them, none `.`/`..`.
const kPlainRelative = /^\.\/(?:(?!\.\.?\/)[A-Za-z0-9\-._~!$&'()*+,;=:@]+\/)*(?!\.\.?$)[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;

// Resolves a relative URL reference (`./x`, `../x`, `/x`) against a file: base
// URL, as the WHATWG URL parser does. Returns a file: URL string.
function resolveFileURL(ref, baseURL) {
  if (!baseURL.startsWith('file:///')) {
    // A host (file://localhost/...): through the path, which drops it as node does.
    baseURL = `file://${encodePath(fileURLToPath(baseURL))}`;
  }
  const baseEnd = baseURL.search(/[?#]/);
  const basePath = baseEnd === -1 ? baseURL.slice(7) : baseURL.slice(7, baseEnd);
  const baseDir = basePath.slice(0, basePath.lastIndexOf('/') + 1);
  // `./name`, the common case: the base's folder and the name.
  if (ref.length > 2 && ref[1] === '/' && ref[0] === '.' && kPlainRelative.test(ref)) {
    return `file://${baseDir}${ref.slice(2)}`;
  }
  const cut = ref.search(/[?#]/);
  const suffix = cut === -1 ? '' : encodeSuffix(ref.slice(cut));
  const refPath = encodeReferencePath(cut === -1 ? ref : ref.slice(0, cut));
  let merged;
  if (refPath === '') merged = basePath;
  else if (refPath[0] === '/') merged = refPath;
  else merged = baseDir + refPath;
  return `file://${removeDotSegments(merged)}${suffix}`;
}

module.exports = { encodePath, pathToFileURL, fileURLToPath, rememberFileURL, resolveFileURL };
