'use strict';
// fs.glob / fs.globSync / fs/promises glob: walks from cwd and keeps the relative
// paths that lib/internal/fs/glob.js's matchGlobPattern accepts. The walk stops at
// the depth the patterns can reach (unbounded under '**'), and skips what
// `exclude` rejects.

const binding = require('internal/fs/binding');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { Dirent, fsConstants, listing, pathModule, toPathIfFileURL } = require('internal/fs/utils');
const { Call, runSync, runCallback } = require('internal/fs/run');

const { UV_DIRENT_DIR, UV_DIRENT_LINK } = fsConstants;

function matcher() {
  return require('internal/fs/glob').matchGlobPattern;
}

function depthOf(pattern) {
  if (pattern.includes('**')) return Infinity;
  return pattern.split('/').filter(Boolean).length;
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

function* globOp(pattern, options) {
  const { patterns, cwd, exclude, withFileTypes } = normalize(pattern, options);
  const match = matcher();
  const absolute = patterns.filter((p) => pathModule.isAbsolute(p));
  const relative = patterns.filter((p) => !pathModule.isAbsolute(p));
  const results = [];
  const seen = new Set();
  const isExcluded = (rel, dirent) => {
    if (exclude == null) return false;
    if (typeof exclude === 'function') return exclude(withFileTypes ? dirent : rel);
    return exclude.some((p) => match(rel, p));
  };
  const walk = function* (root, pats, relBase) {
    const maxDepth = Math.max(0, ...pats.map(depthOf));
    const queue = [[root, '', 1]];
    for (let q = 0; q < queue.length; q++) {
      const [dir, rel, depth] = queue[q];
      let r;
      try {
        r = yield new Call(binding.readdir, [dir, true, false], 'scandir', dir);
      } catch {
        continue;
      }
      const [names, types] = listing(r);
      for (let i = 0; i < names.length; i++) {
        const relName = rel ? `${rel}/${names[i]}` : names[i];
        let type = types[i];
        const full = `${dir}/${names[i]}`;
        if (type === UV_DIRENT_LINK) {
          if (binding.stat(full) === 0 && (binding.statValues[1] & 0o170000) === 0o040000) type = UV_DIRENT_DIR;
        }
        const dirent = new Dirent(names[i], types[i], dir);
        if (isExcluded(relName, dirent)) continue;
        const shown = relBase ? `${relBase}/${relName}` : relName;
        if (!seen.has(shown) && pats.some((p) => match(relName, p))) {
          seen.add(shown);
          results.push(withFileTypes ? dirent : shown);
        }
        if (type === UV_DIRENT_DIR && depth < maxDepth) queue.push([full, relName, depth + 1]);
      }
    }
  };
  if (relative.length) {
    // '.'-anchored patterns match from cwd itself.
    if (relative.some((p) => p === '.' || p === './' || p === '**')) results.push(withFileTypes ? new Dirent('.', UV_DIRENT_DIR, cwd) : '.');
    yield* walk(cwd, relative.map((p) => p.replace(/^\.\//, '')), '');
  }
  const firstAbsolute = results.length;
  // An absolute pattern is walked from its longest glob-free leading folder, not from '/'.
  for (const p of absolute) {
    const segs = p.split('/').filter(Boolean);
    let n = 0;
    while (n < segs.length - 1 && !/[*?[\]{}!()+@]/.test(segs[n])) n++;
    const base = `/${segs.slice(0, n).join('/')}`;
    yield* walk(base, [segs.slice(n).join('/')], base === '/' ? '' : base);
  }
  for (let i = 0; i < results.length; i++) {
    if (typeof results[i] === 'string' && absolute.length && i >= firstAbsolute && !results[i].startsWith('/')) {
      results[i] = `/${results[i]}`;
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
