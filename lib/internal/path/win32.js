'use strict';
// path.win32: Windows paths on any platform. Both '\' and '/' separate; a path's
// root is a drive ('C:' or 'C:\'), a UNC share ('\\server\share\'), a device
// namespace ('\\?\' or '\\.\'), or a lone separator.

const { validateString } = require('internal/validators');
const { normalizeString, formatPath, extStart, basenameWithSuffix } = require('internal/path/common');

const BACKSLASH = 92;
const SLASH = 47;
const COLON = 58;
const DOT = 46;
const QUESTION = 63;

function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Names Windows maps to devices whatever the directory ('CON:' is the console).
const reservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

function isReserved(name) {
  return name.length >= 3 && name.length <= 4 && reservedNames.has(name.toUpperCase());
}

// '\\?\x' or '\\.\x': the Win32 device namespace.
function isDeviceNamespace(path) {
  if (path.length <= 4) return false;
  const c = path.charCodeAt(2);
  return isSep(path.charCodeAt(0)) && isSep(path.charCodeAt(1)) &&
    (c === QUESTION || c === DOT) && isSep(path.charCodeAt(3));
}

/*
 * The root of a path: { device, rootEnd, absolute, uncComplete }. device is the
 * drive ('C:') or the UNC root ('\\server\share', separators turned to '\'), ''
 * for none. rootEnd is where the rest of the path starts. uncComplete says the
 * path is nothing but '\\server\share'.
 */
function parseRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) return { device: '', rootEnd: isSep(code) ? 1 : 0, absolute: isSep(code), uncComplete: false };
  if (isSep(code)) {
    if (isSep(path.charCodeAt(1))) {
      let j = 2;
      let last = j;
      while (j < len && !isSep(path.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        const server = path.slice(last, j);
        last = j;
        while (j < len && isSep(path.charCodeAt(j))) j++;
        if (j < len && j !== last) {
          last = j;
          while (j < len && !isSep(path.charCodeAt(j))) j++;
          if (j === len) {
            return { device: `\\\\${server}\\${path.slice(last)}`, rootEnd: j, absolute: true, uncComplete: true };
          }
          if (j !== last) {
            return { device: `\\\\${server}\\${path.slice(last, j)}`, rootEnd: j, absolute: true, uncComplete: false };
          }
        }
      }
    }
    return { device: '', rootEnd: 1, absolute: true, uncComplete: false };
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    if (len > 2 && isSep(path.charCodeAt(2))) {
      return { device: path.slice(0, 2), rootEnd: 3, absolute: true, uncComplete: false };
    }
    return { device: path.slice(0, 2), rootEnd: 2, absolute: false, uncComplete: false };
  }
  return { device: '', rootEnd: 0, absolute: false, uncComplete: false };
}

// Index where the root of path ends for dirname/basename/parse (-1 for none), and
// whether the path is a complete UNC root.
function rootLength(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) return isSep(code) ? 1 : 0;
  if (isSep(code)) {
    const r = parseRoot(path);
    if (r.device.length > 0) return r.uncComplete ? len : r.rootEnd + 1;
    return 1;
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    return len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
  }
  return 0;
}

// A '.\' is put before a relative result that Windows would otherwise read as a
// drive ('C:x') or as a stream or device name ('name:' at the end of a segment).
function guardRelative(path, tail) {
  if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
    return `.\\${tail}`;
  }
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
  }
  return tail;
}

function normalizeTail(path, start, absolute) {
  let tail = start < path.length ?
    normalizeString(path.slice(start), !absolute, '\\', isSep) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(path.length - 1))) tail += '\\';
  return tail;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        if (typeof path !== 'string') validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // The per-drive working directory Windows keeps in '=C:' variables.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      let device;
      let rootEnd;
      let absolute;
      if (isDeviceNamespace(path)) {
        device = path.slice(0, 3).replace(/\//g, '\\');
        rootEnd = 3;
        absolute = true;
      } else {
        ({ device, rootEnd, absolute } = parseRoot(path));
      }
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = absolute;
        if (absolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\', isSep);
    return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isSep(path.charCodeAt(0)) ? '\\' : path;
    if (isDeviceNamespace(path)) {
      const colon = path.indexOf(':', 4);
      if (colon !== -1 && isReserved(path.slice(4, colon))) {
        // A device in the namespace: keep 'NAME:' as the root.
        return `\\\\?\\${path.slice(4, colon + 1)}\\${normalizeTail(path, colon + 1, true)}`;
      }
      return `\\\\${path[2]}\\${normalizeTail(path, 4, true)}`;
    }
    const root = parseRoot(path);
    if (root.uncComplete) return `${root.device}\\`;
    if (root.device.length === 0 && !root.absolute) {
      // 'CON:x' names the console device; keep 'CON:' in front of the rest.
      const colon = path.indexOf(':');
      if (isReserved(path.slice(0, colon))) {
        return `.\\${path.slice(0, colon + 1)}${normalizeTail(path, colon + 1, false)}`;
      }
    }
    const tail = normalizeTail(path, root.rootEnd, root.absolute);
    if (root.device.length === 0) {
      if (root.absolute) return `\\${tail}`;
      return path.includes(':') ? guardRelative(path, tail) : tail;
    }
    return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Only a first argument that itself starts with exactly two separators may make
    // the result a UNC path; collapse other leading separator runs to one.
    let needsReplace = true;
    let slashCount = 0;
    if (isSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isSep(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    // A segment naming a device ('CON:..\x') is left as written: normalizing it
    // would change what Windows opens.
    if (joined.includes(':')) {
      for (const seg of joined.split('\\')) {
        const colon = seg.indexOf(':');
        if (colon !== -1 && isReserved(seg.slice(0, colon))) return joined.replace(/\//g, '\\');
      }
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (from.length !== fromOrig.length || to.length !== toOrig.length) {
      // Lower-casing changed lengths ('\u0130' becomes two units): compare
      // segment by segment instead of by index.
      return relativeBySegments(fromOrig, toOrig);
    }
    return relativeWin32(from, to, toOrig);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isSep(code) ? path : '.';
    let rootEnd = -1;
    let offset = 0;
    if (isSep(code)) {
      const r = parseRoot(path);
      if (r.uncComplete) return path;
      rootEnd = offset = r.device.length > 0 ? r.rootEnd + 1 : 1;
    } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
      rootEnd = offset = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let start = 0;
    // A drive letter is not part of the name ('C:foo' has basename 'foo').
    if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON) start = 2;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return basenameWithSuffix(path, suffix, start, isSep);
    }
    let end = path.length;
    while (end > start && isSep(path.charCodeAt(end - 1))) end--;
    if (end === start) return '';
    let i = end - 1;
    while (i >= start && !isSep(path.charCodeAt(i))) i--;
    return path.slice(i + 1, end);
  },

  extname(path) {
    validateString(path, 'path');
    let start = 0;
    if (path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0))) start = 2;
    let end = path.length;
    while (end > start && isSep(path.charCodeAt(end - 1))) end--;
    let segStart = end - 1;
    while (segStart >= start && !isSep(path.charCodeAt(segStart))) segStart--;
    segStart++;
    const dot = extStart(path, segStart, end);
    return dot === -1 ? '' : path.slice(dot, end);
  },

  format(pathObject) {
    return formatPath('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = rootLength(path);
    if (len === 1 && rootEnd === 0) {
      ret.base = ret.name = path;
      return ret;
    }
    if (rootEnd === len) {
      ret.root = ret.dir = path;
      return ret;
    }
    if (rootEnd === 2 && len === 2) {
      ret.root = ret.dir = path;
      return ret;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    let end = len;
    while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
    let start = end - 1;
    while (start >= rootEnd && !isSep(path.charCodeAt(start))) start--;
    start++;
    if (end > start) {
      ret.base = path.slice(start, end);
      const dot = extStart(path, start, end);
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(start, dot);
        ret.ext = path.slice(dot, end);
      }
    }
    if (start > 0 && start !== rootEnd) ret.dir = path.slice(0, start - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return require('internal/fs/glob').matchGlobPattern(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

win32._makeLong = win32.toNamespacedPath;

/*
 * relative() once both sides are resolved and lower-cased; the answer keeps the
 * case of `toOrig`. Leading and trailing backslashes are ignored. When the two
 * share no separator-ended prefix they are on different roots and the answer is
 * `toOrig` itself; a bare drive ('c:') counts as a common root.
 */
function relativeWin32(from, to, toOrig) {
  let fromStart = 0;
  while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
  const fromLen = fromEnd - fromStart;
  let toStart = 0;
  while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
  const toLen = toEnd - toStart;
  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const code = from.charCodeAt(fromStart + i);
    if (code !== to.charCodeAt(toStart + i)) break;
    if (code === BACKSLASH) lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
      if (length === 2) return toOrig.slice(toStart + i); // from is 'c:'
    }
    if (fromLen > length) {
      if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
      else if (length === 2) lastCommonSep = 3; // to is 'c:'
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
    if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
  return toOrig.slice(toStart, toEnd);
}

// relative() when lower-casing changed the lengths of the paths ('\u0130'
// becomes 'i\u0307'): whole segments are compared, case-insensitively.
function relativeBySegments(fromOrig, toOrig) {
  const f = fromOrig.split('\\').filter((seg) => seg !== '');
  const t = toOrig.split('\\').filter((seg) => seg !== '');
  let common = 0;
  while (common < f.length && common < t.length &&
         f[common].toLowerCase() === t[common].toLowerCase()) {
    common++;
  }
  if (common === 0) return toOrig;
  const out = [];
  for (let i = common; i < f.length; i++) out.push('..');
  for (let i = common; i < t.length; i++) out.push(t[i]);
  return out.join('\\');
}

module.exports = win32;
