'use strict';
// node:path, POSIX flavour. path.win32 lives in internal/path/win32.js and is loaded
// on first use. The CommonJS loader leans on resolve/dirname/join, so they scan
// char codes and avoid building arrays.

const { validateString } = require('internal/validators');
const {
  normalizeString, formatPath, extStart, isNormalPosix, relativeSegments, basenameWithSuffix,
} = require('internal/path/common');

const SLASH = 47;

function isPosixSep(code) {
  return code === SLASH;
}

// End of the last segment of path (trailing slashes excluded), and its start.
function segmentEnd(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  return end;
}

function segmentStart(path, end) {
  return end === 0 ? 0 : path.lastIndexOf('/', end - 1) + 1;
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      if (typeof path !== 'string') validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    if (absolute && isNormalPosix(resolved)) {
      const len = resolved.length;
      return len > 1 && resolved.charCodeAt(len - 1) === SLASH ? resolved.slice(0, len - 1) : resolved;
    }
    resolved = normalizeString(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    if (isNormalPosix(path)) return path;
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let p = normalizeString(path, !absolute, '/', isPosixSep);
    if (p.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) p += '/';
    return absolute ? `/${p}` : p;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    return relativeSegments(from.slice(1), to.slice(1), '/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return basenameWithSuffix(path, suffix, 0, isPosixSep);
    }
    const end = segmentEnd(path);
    return path.slice(segmentStart(path, end), end);
  },

  extname(path) {
    validateString(path, 'path');
    const end = segmentEnd(path);
    const dot = extStart(path, segmentStart(path, end), end);
    return dot === -1 ? '' : path.slice(dot, end);
  },

  format(pathObject) {
    return formatPath('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    const end = segmentEnd(path);
    const start = segmentStart(path, end);
    if (end > start) {
      ret.base = path.slice(start, end);
      // node measures the '..' exception from index 0 even when a root precedes it.
      const dot = extStart(path, start, end, absolute && start === 1 ? 0 : start);
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(start, dot);
        ret.ext = path.slice(dot, end);
      }
    }
    if (start > 1) ret.dir = path.slice(0, start - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return require('internal/fs/glob').matchGlobPattern(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix._makeLong = posix.toNamespacedPath;
posix.posix = posix;
// Loaded on first read, and assignable (test runners replace it by assignment). Not
// through defineLazyProperty: path loads with every start-up, and its module need not.
function setWin32(value) {
  Object.defineProperty(posix, 'win32', { value, enumerable: true, writable: true, configurable: true });
}
Object.defineProperty(posix, 'win32', {
  enumerable: true,
  configurable: true,
  get() {
    const win32 = require('internal/path/win32');
    win32.posix = posix;
    win32.win32 = win32;
    setWin32(win32);
    return win32;
  },
  set: setWin32,
});

module.exports = posix;
