'use strict';
// Package "exports" and "imports" resolution (the PACKAGE_EXPORTS_RESOLVE and
// PACKAGE_IMPORTS_RESOLVE algorithms of node's resolver), shared by require and
// import. Paths here are file-system paths, not URLs; a package's directory ends
// with '/'.

// Read where thrown: rare codes, whose registry loads on first read.
const { codes } = require('internal/errors');

const invalidSegmentRe = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRe = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRe = /^\.|%|\\/;

function isConditionalExportsMainSugar(exports, pkgDir) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsSugar = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isSugar = curIsSugar;
    } else if (isSugar !== curIsSugar) {
      throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${pkgDir}package.json`, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isSugar;
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

// A target is a URL path relative to the package: node reads "./sp%20ce.js" as the
// file "sp ce.js"; an encoded separator is refused, as node does.
function decodeTarget(p, base) {
  if (!p.includes('%')) return p;
  if (/%2f|%5c/i.test(p)) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(p, 'must not include encoded "/" or "\\" characters', base);
  }
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function basePath(base) {
  if (typeof base === 'string' && base.startsWith('file:')) {
    return require('internal/modules/esm/url').fileURLToPath(base);
  }
  return base;
}

// DEP0166. "double slash" is judged on the target when the target itself holds the
// empty segment, else on the request (as node words it).
function warnInvalidSegment(target, request, match, pkgDir, internal, base, inTarget) {
  const double = /[/\\]{2}/.test(inTarget ? target : request);
  base = basePath(base);
  process.emitWarning(`Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} ` +
    `resolving "${target}" for module request "${request}" ${request !== match ? `matched to "${match}" ` : ''}` +
    `in the "${internal ? 'imports' : 'exports'}" field module resolution of the package at ` +
    `${pkgDir}package.json${base ? ` imported from ${base}` : ''}.`, 'DeprecationWarning', 'DEP0166');
}

// Resolves one target of the exports/imports map. Returns a path, null (explicitly
// not exported) or undefined (no condition matched).
function resolveTarget(pkgDir, target, subpath, packageSubpath, base, pattern, internal,
                       isPathMap, conditions, resolveBare) {
  if (typeof target === 'string') {
    if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
      throw new codes.ERR_INVALID_PACKAGE_TARGET(pkgDir, packageSubpath, target, internal, base);
    }
    if (!target.startsWith('./')) {
      if (internal && !target.startsWith('../') && !target.startsWith('/')) {
        let isURL = false;
        try {
          new URL(target);
          isURL = true;
        } catch { /* a bare specifier */ }
        if (!isURL) {
          const exportTarget = pattern ? target.replaceAll('*', () => subpath) : target + subpath;
          return resolveBare(exportTarget, `${pkgDir}package.json`);
        }
      }
      throw new codes.ERR_INVALID_PACKAGE_TARGET(pkgDir, packageSubpath, target, internal, base);
    }
    if (invalidSegmentRe.test(target.slice(2))) {
      if (!deprecatedInvalidSegmentRe.test(target.slice(2))) {
        // Only empty segments (".//x.js"): allowed, with node's DEP0166.
        if (!isPathMap) {
          const request = pattern ? packageSubpath.replace('*', () => subpath) : packageSubpath + subpath;
          const resolvedTarget = pattern ? target.replaceAll('*', () => subpath) : target;
          warnInvalidSegment(resolvedTarget, request, packageSubpath, pkgDir, internal, base, true);
        }
      } else {
        throw new codes.ERR_INVALID_PACKAGE_TARGET(pkgDir, packageSubpath, target, internal, base);
      }
    }
    const resolvedPath = pkgDir + target.slice(2);
    if (subpath === '') return decodeTarget(resolvedPath, base);
    if (invalidSegmentRe.test(subpath)) {
      const request = pattern ? packageSubpath.replace('*', () => subpath) : packageSubpath + subpath;
      if (!deprecatedInvalidSegmentRe.test(subpath)) {
        // Empty segments ("a//b", a leading or trailing slash): allowed, with node's DEP0166.
        if (!isPathMap) {
          const resolvedTarget = pattern ? target.replaceAll('*', () => subpath) : target;
          warnInvalidSegment(resolvedTarget, request, packageSubpath, pkgDir, internal, base, false);
        }
        if (pattern) return decodeTarget(resolvedPath.replaceAll('*', () => subpath), base);
        return decodeTarget(resolvedPath + subpath, base);
      }
      throw new codes.ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${packageSubpath}" for the "${internal ? 'imports' : 'exports'}" resolution of ${pkgDir}package.json`, base);
    }
    if (pattern) return decodeTarget(resolvedPath.replaceAll('*', () => subpath), base);
    return decodeTarget(resolvedPath + subpath, base);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolveTarget(pkgDir, t, subpath, packageSubpath, base, pattern, internal,
          isPathMap, conditions, resolveBare);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastException = null;
        continue;
      }
      return resolved;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${pkgDir}package.json`, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || conditions.has(key)) {
        const resolved = resolveTarget(pkgDir, target[key], subpath, packageSubpath, base,
          pattern, internal, isPathMap, conditions, resolveBare);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new codes.ERR_INVALID_PACKAGE_TARGET(pkgDir, packageSubpath, target, internal, base);
}

// Orders pattern keys as node does: longer prefix before '*' first, then longer key.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the map entry for matchKey: an exact key, or the best '*' pattern.
function matchMap(map, matchKey) {
  if (Object.prototype.hasOwnProperty.call(map, matchKey) && !matchKey.includes('*')) {
    return { target: map[matchKey], subpath: '', key: matchKey, pattern: false };
  }
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    if (!matchKey.startsWith(prefix) || matchKey === prefix) continue;
    const trailer = key.slice(star + 1);
    if (trailer.length > 0 && (!matchKey.endsWith(trailer) || matchKey.length < key.length)) continue;
    if (patternKeyCompare(bestMatch, key) === 1) {
      bestMatch = key;
      bestSubpath = matchKey.slice(star, matchKey.length - trailer.length);
    }
  }
  if (bestMatch) return { target: map[bestMatch], subpath: bestSubpath, key: bestMatch, pattern: true };
  return null;
}

const trailingSlashWarned = new Set();

// DEP0155, once per package and request: a pattern matched a request ending in '/'.
function warnTrailingSlashPattern(request, pkgDir, base) {
  const key = `${pkgDir}package.json|${request}`;
  if (trailingSlashWarned.has(key)) return;
  trailingSlashWarned.add(key);
  base = basePath(base);
  process.emitWarning(`Use of deprecated trailing slash pattern mapping "${request}" in the "exports" ` +
    `field module resolution of the package at ${pkgDir}package.json${base ? ` imported from ${base}` : ''}. ` +
    'Mapping specifiers ending in "/" is no longer supported.', 'DeprecationWarning', 'DEP0155');
}

// packageSubpath is '.' or './x'. Returns the resolved path; throws
// ERR_PACKAGE_PATH_NOT_EXPORTED when the package does not export it.
function packageExportsResolve(pkgDir, packageSubpath, exports, base, conditions) {
  if (isConditionalExportsMainSugar(exports, pkgDir)) exports = { '.': exports };
  const match = matchMap(exports, packageSubpath);
  if (match !== null) {
    if (match.pattern && packageSubpath.endsWith('/')) warnTrailingSlashPattern(packageSubpath, pkgDir, base);
    const resolved = resolveTarget(pkgDir, match.target, match.subpath, match.key, base,
      match.pattern, false, packageSubpath.endsWith('/'), conditions, null);
    if (resolved == null) throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir, packageSubpath, base);
    return resolved;
  }
  throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir, packageSubpath, base);
}

// name is '#x'; resolveBare(specifier, parentPath) resolves a bare target.
function packageImportsResolve(name, pkg, base, conditions, resolveBare) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  let pkgDir;
  if (pkg !== undefined) {
    pkgDir = pkg.pjsonPath.slice(0, -'package.json'.length);
    const imports = pkg.imports;
    if (imports && typeof imports === 'object') {
      const match = matchMap(imports, name);
      if (match !== null) {
        const resolved = resolveTarget(pkgDir, match.target, match.subpath, match.key, base,
          match.pattern, true, false, conditions, resolveBare);
        if (resolved != null) return resolved;
      }
    }
  }
  throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgDir, base);
}

// Splits 'pkg/sub' or '@scope/pkg/sub' into its name and './sub'.
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) validPackageName = false;
    else separatorIndex = specifier.indexOf('/', separatorIndex + 1);
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRe.test(packageName)) validPackageName = false;
  if (!validPackageName) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  const packageSubpath = `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`;
  return { packageName, packageSubpath, isScoped };
}

module.exports = { packageExportsResolve, packageImportsResolve, parsePackageName };
