'use strict';
// fs.glob / fs.globSync / fs/promises glob. Each pattern (after brace expansion) is
// walked segment by segment from cwd (or '/'): a literal segment is looked up, a
// wildcard one lists its folder and keeps the names lib/internal/fs/glob.js's
// segment matcher accepts, '.' stays and '..' goes up (lexically: 'a/b/..' is 'a',
// and 'name/..' cancels out whether or not name exists), '**' matches the folder
// itself and every folder below it not starting with '.' (and files too when it
// ends the pattern), and a trailing '/' keeps folders only. A symlinked folder is not
// crawled by a '**', so links that loop end, but it may end what the '**' matched
// (the rest of the pattern looks inside it) unless that '**' begins the pattern.
// `exclude` drops a path and what is below it.

const binding = require('internal/fs/binding');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { Dirent, fsConstants, listing, pathModule, toPathIfFileURL } = require('internal/fs/utils');
const { Call, runSync, runCallback } = require('internal/fs/run');

const { UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FILE, UV_DIRENT_UNKNOWN } = fsConstants;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

let globModule;
function globLib() {
  globModule ??= require('internal/fs/glob');
  return globModule;
}

function normalize(pattern, options) {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  for (const p of patterns) validateString(p, 'patterns');
  if (options != null) validateObject(options, 'options');
  options ??= {};
  const cwd = options.cwd === undefined ? process.cwd() : `${toPathIfFileURL(options.cwd)}`;
  const exclude = options.exclude;
  if (exclude != null && typeof exclude !== 'function' && !Array.isArray(exclude)) {
    throw new ERR_INVALID_ARG_TYPE('options.exclude', ['Function', 'string[]'], exclude);
  }
  return { patterns, cwd, exclude, withFileTypes: !!options.withFileTypes };
}

// A pattern alternative as { absolute, dirOnly, segs }: segs are '..', GLOBSTAR,
// a literal name or a RegExp ('' and '.' segments drop out; repeated '**' are one).
function parsePattern(alt) {
  const { GLOBSTAR, compileSegment } = globLib();
  const parts = alt.split('/');
  const segs = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '**' && segs[segs.length - 1] === GLOBSTAR) continue;
    const seg = part === '..' ? '..' : compileSegment(part, false);
    // 'name/..' cancels out (as node's matcher simplifies it), whether or not name
    // exists; after a wildcard or '**', '..' goes up from what they matched.
    if (seg === '..' && segs.length > 0 && typeof segs[segs.length - 1] === 'string' &&
        segs[segs.length - 1] !== '..') {
      segs.pop();
      continue;
    }
    segs.push(seg);
  }
  // A '**' that begins the pattern may not end at a symlinked folder it reached (the
  // rest of the pattern would look inside the link), as in node: '**/a' does not
  // find 'link/a' where './**/a' and 'x/**/a' do.
  return { absolute: alt[0] === '/', dirOnly: parts.length > 1 && parts[parts.length - 1] === '', segs,
    leadingGlobstar: parts[0] === '**', visited: new Set() };
}

// What an exclude pattern is matched against: the result's path ('./' parts out),
// and a part followed by '..' cancels out ('a/**/[cg]/../c' is 'a/**/c'), as node's
// matcher simplifies it.
function excludePattern(p) {
  const cleaned = p.replace(/(^|\/)\.(?=\/|$)/g, '$1').replace(/\/{2,}/g, '/').replace(/^\/(?=.)/, (m) => (p[0] === '/' ? m : ''));
  const parts = cleaned.split('/');
  const kept = [];
  for (let i = 0; i < parts.length; i++) {
    const last = kept[kept.length - 1];
    if (parts[i] === '..' && last !== undefined && last !== '' && last !== '..' && last !== '**') {
      kept.pop();
    } else {
      kept.push(parts[i]);
    }
  }
  return kept.join('/');
}

function direntType(mode) {
  switch (mode & S_IFMT) {
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFREG: return UV_DIRENT_FILE;
    default: return UV_DIRENT_UNKNOWN;
  }
}

function* globOp(pattern, options) {
  const { patterns, cwd, exclude, withFileTypes } = normalize(pattern, options);
  const { GLOBSTAR, expandBraces, matchGlobPattern } = globLib();
  const excludes = Array.isArray(exclude) ? exclude.map(excludePattern) : null;
  const results = [];
  const shown = new Set();
  const listings = new Map();

  // Paths are kept as shown: '' is cwd, 'a/b' is below it, '/x' is absolute.
  const join = (rel, name) => (rel === '' ? name : rel === '/' ? `/${name}` : `${rel}/${name}`);
  const full = (rel) => (rel[0] === '/' ? rel : rel === '' ? cwd : `${cwd}/${rel}`);
  const up = (rel) => {
    if (rel === '' || rel === '..' || rel.endsWith('/..')) return rel === '' ? '..' : `${rel}/..`;
    if (rel === '/') return '/';
    const at = rel.lastIndexOf('/');
    return at === -1 ? '' : at === 0 ? '/' : rel.slice(0, at);
  };
  const lstatType = (rel) => (binding.lstat(full(rel)) === 0 ? direntType(binding.statValues[1]) : -1);
  const isDir = (rel) => binding.stat(full(rel)) === 0 && (binding.statValues[1] & S_IFMT) === S_IFDIR;
  const direntOf = (rel, type) => {
    const abs = pathModule.resolve(full(rel));
    return new Dirent(pathModule.basename(abs), type, pathModule.dirname(abs));
  };
  const excluded = (rel, type) => {
    if (exclude == null) return false;
    const text = rel === '' ? '.' : rel;
    if (excludes === null) return exclude(withFileTypes ? direntOf(rel, type) : text);
    // A folder is also tried as 'name/', which 'name/**' matches.
    const folder = type === UV_DIRENT_DIR || (type === -1 && isDir(rel)) ? `${text}/` : null;
    for (let i = 0; i < excludes.length; i++) {
      if (matchGlobPattern(text, excludes[i]) || (folder !== null && matchGlobPattern(folder, excludes[i]))) return true;
    }
    return false;
  };
  const add = (rel, type) => {
    const text = rel === '' ? '.' : rel;
    if (shown.has(text)) return;
    shown.add(text);
    results.push(withFileTypes ? direntOf(rel, type === -1 ? lstatType(rel) : type) : text);
  };
  // [names, types] of a folder, or null when it cannot be listed.
  const list = function* (rel) {
    let entries = listings.get(rel);
    if (entries !== undefined) return entries;
    const dir = full(rel);
    try {
      entries = listing(yield new Call(binding.readdir, [dir, true, false], 'scandir', dir));
    } catch {
      entries = null;
    }
    listings.set(rel, entries);
    return entries;
  };

  // The paths from `rel` that segs[i...] reach; type is rel's entry type when known.
  const walk = function* (pat, rel, i, type) {
    const key = `${i}\0${rel}`;
    if (pat.visited.has(key)) return;
    pat.visited.add(key);
    const { segs } = pat;
    if (i === segs.length) {
      if (pat.dirOnly && !isDir(rel)) return;
      add(rel, type);
      return;
    }
    const seg = segs[i];
    if (seg === '..') {
      yield* walk(pat, up(rel), i + 1, -1);
      return;
    }
    if (typeof seg === 'string') {
      const next = join(rel, seg);
      const t = lstatType(next);
      if (t === -1 || excluded(next, t)) return;
      yield* walk(pat, next, i + 1, t);
      return;
    }
    if (seg === GLOBSTAR) yield* walk(pat, rel, i + 1, type);
    const entries = yield* list(rel);
    if (entries === null) return;
    const [names, types] = entries;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      let t = types[k];
      const next = join(rel, name);
      if (seg === GLOBSTAR) {
        if (name[0] === '.') continue;
        if (excluded(next, t)) continue;
        if (t === UV_DIRENT_DIR) {
          yield* walk(pat, next, i, t);
        } else if (i + 1 === segs.length ||
                   (t === UV_DIRENT_LINK && !(i === 0 && pat.leadingGlobstar) && isDir(next))) {
          // A file only ends the pattern; a symlinked folder may end what '**' matched.
          yield* walk(pat, next, i + 1, t);
        }
      } else if (seg.test(name)) {
        if (t === UV_DIRENT_UNKNOWN) t = lstatType(next);
        if (excluded(next, t)) continue;
        yield* walk(pat, next, i + 1, t);
      }
    }
  };

  for (const p of patterns) {
    for (const alt of expandBraces(p)) {
      const pat = parsePattern(alt);
      yield* walk(pat, pat.absolute ? '/' : '', 0, pat.absolute ? UV_DIRENT_DIR : -1);
    }
  }
  return results;
}

function globSync(pattern, options) {
  return runSync(globOp(pattern, options));
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  runCallback(globOp(pattern, options), callback);
}

// fs/promises glob: an async iterator over the matches.
async function* globPromise(pattern, options) {
  const results = await new Promise((resolve, reject) => {
    runCallback(globOp(pattern, options), (err, r) => (err ? reject(err) : resolve(r)));
  });
  yield* results;
}

module.exports = { glob, globSync, globPromise };
