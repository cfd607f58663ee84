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

// Resolves a relative URL reference against a file: base, keeping ?query#hash.
// Returns a file: URL string.
function resolveFileURL(ref, baseURL) {
  let suffixAt = ref.search(/[?#]/);
  const suffix = suffixAt === -1 ? '' : ref.slice(suffixAt);
  const refPath = suffixAt === -1 ? ref : ref.slice(0, suffixAt);
  const basePath = fileURLToPath(baseURL);
  const baseDir = basePath.endsWith('/') ? basePath : path.dirname(basePath);
  let decoded;
  try {
    decoded = decodeURIComponent(refPath);
  } catch {
    decoded = refPath;
  }
  let resolved = decoded === '' ? basePath : path.resolve(baseDir, decoded);
  if ((decoded.endsWith('/') || decoded === '.' || decoded === '..') && !resolved.endsWith('/')) {
    resolved += '/';
  }
  return `file://${encodePath(resolved)}${suffix}`;
}

module.exports = { pathToFileURL, fileURLToPath, resolveFileURL };
