'use strict';
// node's ES module resolver: specifiers to URLs (file:, data:, node:), with
// mandatory extensions, package "exports"/"imports" under the import conditions,
// legacy "main" fallback, and the format of what a URL names.

const path = require('path');
const fsBinding = internalBinding('fs');
const { BuiltinModule } = require;
const packageJson = require('internal/modules/package_json_reader');
// Package "exports"/"imports" resolution: loaded with the first bare or '#' specifier.
let exportsModule;
function packageExports() {
  exportsModule ??= require('internal/modules/exports');
  return exportsModule;
}
const {
  fileURLToPath, pathToFileURL, rememberFileURL, resolveFileURL, encodePath,
} = require('internal/modules/esm/url');
// Read where thrown: most are rare codes, whose registry loads on first read.
const { codes } = require('internal/errors');

const defaultConditions = new Set(['node', 'import', 'module-sync',
  ...require('internal/options').addonConditions(),
  ...require('internal/options').getOptionValues('--conditions')]); // plus --conditions / -C

function stat(p) {
  return fsBinding.internalModuleStat(p);
}

function isRelative(specifier) {
  if (specifier[0] === '/') return true;
  if (specifier[0] !== '.') return false;
  return specifier.length === 1 || specifier[1] === '/' ||
    (specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/'));
}

const schemeRe = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

// The parent of an import as a path, for error messages ("imported from ...").
function baseOf(parentURL) {
  if (parentURL?.startsWith('file:')) {
    try {
      return fileURLToPath(parentURL);
    } catch { /* fall through */ }
  }
  return parentURL;
}

// "Did you mean ...": what CommonJS resolution finds for the specifier, as node
// computes it — relative specifiers are looked up from the working directory (node
// resolves them for a parent module that has no filename) and shown relative to
// the importing file; bare ones as package/path.
function suggestion(specifier, parentURL) {
  const base = baseOf(parentURL);
  if (!base?.startsWith('/')) return '';
  const { Module } = require('internal/modules/cjs/loader');
  // A file: URL or an absolute path is suggested as the absolute path of the file.
  const absolute = specifier.startsWith('file:') || specifier.startsWith('/');
  let found;
  try {
    const parent = new Module(base, null);
    parent.paths = Module._nodeModulePaths(base);
    found = Module._resolveFilename(specifier.startsWith('file:') ? fileURLToPath(specifier) : specifier,
                                    parent, false);
  } catch {
    return '';
  }
  if (absolute) {
    // As it is.
  } else if (isRelative(specifier)) {
    // A URL path: each segment percent-encoded ('%', ' ' and '#' would mean otherwise).
    found = path.relative(path.dirname(base), found).split('/').map(encodeURIComponent).join('/');
    if (!found.startsWith('../')) found = `./${found}`;
  } else {
    const slash = specifier.indexOf('/', specifier[0] === '@' ? specifier.indexOf('/') + 1 : 0);
    const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
    const needle = `/node_modules/${pkg}/`;
    const at = found.lastIndexOf(needle);
    found = at === -1 ? pathToFileURL(found)
      : `${pkg}/${found.slice(at + needle.length).split('/').map(encodeURIComponent).join('/')}`;
  }
  return `\nDid you mean to import ${JSON.stringify(found)}?`;
}

// Real paths of directories, as node's resolver caches them for the process.
const realDirectories = new Map();

function realDirectory(dir) {
  let real = realDirectories.get(dir);
  if (real === undefined) {
    real = fsBinding.realpath(dir);
    if (typeof real !== 'string') return undefined;
    realDirectories.set(dir, real);
  }
  return real;
}

// A file: URL that is its path as it is: no host, query, fragment or escapes, only
// characters a path keeps in a URL.
const kPlainFileURL = /^file:\/\/\/[A-Za-z0-9/\-._~!$&'()*+,;=:@]*$/;

// Checks that a file: URL names a file; returns its real URL.
function finalizeResolution(url, parentURL, preserveSymlinks) {
  if (kPlainFileURL.test(url) && url[url.length - 1] !== '/') return finalizePlain(url, parentURL, preserveSymlinks);
  const cut = url.search(/[?#]/);
  const urlPath = cut === -1 ? url : url.slice(0, cut);
  if (urlPath.includes('%') && /%2f|%5c/i.test(urlPath)) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(urlPath,
      'must not include encoded "/" or "\\" characters', baseOf(parentURL));
  }
  let filepath;
  try {
    filepath = fileURLToPath(url);
  } catch (err) {
    // As node: the error names the URL and the module that imported it.
    if (err?.code === 'ERR_INVALID_FILE_URL_HOST' || err?.code === 'ERR_INVALID_FILE_URL_PATH') {
      err.input = URL.canParse(url) ? new URL(url).href : url;
      err.module = parentURL;
    }
    throw err;
  }
  const kind = fsBinding.internalModuleLinkStat(filepath.endsWith('/') ? filepath.slice(0, -1) || '/' : filepath);
  if (kind >= 0 && (kind & 1) === 1) {
    throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(filepath, baseOf(parentURL), url);
  }
  if (kind < 0 || filepath.endsWith('/')) {
    throw new codes.ERR_MODULE_NOT_FOUND(filepath, baseOf(parentURL), url);
  }
  // The module's URL is made again from its (real) path, so that one file has one
  // URL however it was spelled (`%2e` for '.', say), as in node.
  let real = filepath;
  if (!preserveSymlinks) {
    if (kind === 2) {
      real = fsBinding.realpath(filepath);
    } else {
      const slash = filepath.lastIndexOf('/');
      const dir = slash === 0 ? '/' : filepath.slice(0, slash);
      const realDir = realDirectory(dir);
      if (realDir !== undefined && realDir !== dir) real = `${realDir === '/' ? '' : realDir}${filepath.slice(slash)}`;
    }
    if (typeof real !== 'string') real = filepath;
  }
  const canonical = `file://${encodePath(real)}`;
  return canonical === urlPath ? url : canonical + url.slice(urlPath.length);
}

// finalizeResolution of a URL kPlainFileURL accepts (nearly every import): its path
// is the URL without `file://`, and a real path of the same characters is the URL.
function finalizePlain(url, parentURL, preserveSymlinks) {
  const filepath = url.slice(7);
  const kind = fsBinding.internalModuleLinkStat(filepath);
  if (kind >= 0 && (kind & 1) === 1) {
    throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(filepath, baseOf(parentURL), url);
  }
  if (kind < 0) throw new codes.ERR_MODULE_NOT_FOUND(filepath, baseOf(parentURL), url);
  let real = filepath;
  if (!preserveSymlinks) {
    if (kind === 2) {
      real = fsBinding.realpath(filepath);
      if (typeof real !== 'string') real = filepath;
    } else {
      const slash = filepath.lastIndexOf('/');
      const dir = slash === 0 ? '/' : filepath.slice(0, slash);
      const realDir = realDirectory(dir);
      if (realDir !== undefined && realDir !== dir) real = `${realDir === '/' ? '' : realDir}${filepath.slice(slash)}`;
    }
  }
  if (real === filepath) {
    rememberFileURL(url, filepath);
    return url;
  }
  return `file://${encodePath(real)}`;
}

function legacyMainResolve(pkgDir, pkg, parentURL) {
  const tries = [];
  if (pkg?.main) {
    const main = path.resolve(pkgDir, pkg.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`,
      `${main}/index.json`, `${main}/index.node`);
  }
  tries.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (let i = 0; i < tries.length; i++) {
    if (stat(tries[i]) !== 0) continue;
    const url = pathToFileURL(tries[i]);
    if (!pkg?.main || i > 0) warnLegacyMain(url, tries[i], pkgDir, pkg?.main, parentURL);
    return url;
  }
  throw new codes.ERR_MODULE_NOT_FOUND(pkgDir, baseOf(parentURL));
}

// DEP0151: an ES module found as a package's main only by adding an extension or
// an index file.
function warnLegacyMain(url, filename, pkgDir, main, parentURL) {
  let format;
  try {
    format = defaultFormat(url);
  } catch {
    return;
  }
  if (format !== 'module') return;
  const pkgPath = `${pkgDir}/`;
  const rest = filename.slice(pkgPath.length);
  const from = baseOf(parentURL);
  if (!main) {
    process.emitWarning(`No "main" or "exports" field defined in the package.json for ${pkgPath} resolving ` +
      `the main entry point "${rest}", imported from ${from}.\nDefault "index" lookups for the main are ` +
      'deprecated for ES modules.', 'DeprecationWarning', 'DEP0151');
  } else {
    process.emitWarning(`Package ${pkgPath} has a "main" field set to ${JSON.stringify(main)}, excluding ` +
      `the full filename and extension to the resolved file at "${rest}", imported from ${from}.\n ` +
      'Automatic extension resolution of the "main" field is deprecated for ES modules.',
      'DeprecationWarning', 'DEP0151');
  }
}

// A package's package.json; one that is not JSON is reported with the import, as
// node does.
function readPackageFor(pkgDir, specifier, base) {
  try {
    return packageJson.readPackage(pkgDir);
  } catch (err) {
    if (err?.code !== 'ERR_INVALID_PACKAGE_CONFIG') throw err;
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${pkgDir}/package.json while importing ` +
      `${JSON.stringify(specifier)} from ${base}.`);
  }
}

function packageResolve(specifier, parentURL, conditions) {
  const base = baseOf(parentURL);
  const { packageExportsResolve, parsePackageName } = packageExports();
  const { packageName, packageSubpath } = parsePackageName(specifier, base);
  const parentPath = parentURL?.startsWith('file:') ? fileURLToPath(parentURL) : `${process.cwd()}/`;
  // A package importing itself by name, through its own "exports".
  const scope = packageJson.getPackageScopeConfig(parentPath);
  if (scope?.exports != null && scope.name === packageName) {
    const dir = scope.pjsonPath.slice(0, -'package.json'.length);
    return pathToFileURL(packageExportsResolve(dir, packageSubpath, scope.exports, base, conditions));
  }
  // A parent URL ending in '/' names a folder: its node_modules are looked up first.
  let dir = parentPath.endsWith('/') && parentPath.length > 1 ? parentPath.slice(0, -1) : path.dirname(parentPath);
  for (;;) {
    const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${packageName}`;
    if (!dir.endsWith('/node_modules') && stat(pkgDir) === 1) {
      const pkg = readPackageFor(pkgDir, specifier, base);
      if (pkg?.exports != null) {
        return pathToFileURL(packageExportsResolve(`${pkgDir}/`, packageSubpath, pkg.exports, base,
          conditions));
      }
      if (packageSubpath === '.') return legacyMainResolve(pkgDir, pkg, parentURL);
      // The subpath is a URL path relative to the package ('%25' is '%', '#' a fragment).
      return resolveFileURL(packageSubpath, pathToFileURL(`${pkgDir}/`));
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new codes.ERR_MODULE_NOT_FOUND(packageName, base);
}

// specifier -> URL string, as node's default resolve does.
let preserveSymlinksFlag;
function defaultResolve(specifier, parentURL, conditions = defaultConditions,
                        preserveSymlinks = (preserveSymlinksFlag ??=
                          require('internal/options').getOptionValue('--preserve-symlinks'))) {
  try {
    return resolveSpecifier(specifier, parentURL, conditions, preserveSymlinks);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      const hint = suggestion(specifier, parentURL);
      if (hint) {
        const { message } = err;
        err.message += hint;
        if (typeof err.stack === 'string') err.stack = err.stack.replace(message, err.message);
      }
    }
    throw err;
  }
}

function resolveSpecifier(specifier, parentURL, conditions, preserveSymlinks) {
  if (specifier.startsWith('node:')) {
    if (!BuiltinModule.canBeRequiredByUsers(specifier.slice(5))) {
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    return specifier;
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  let url;
  if (isRelative(specifier)) {
    if (parentURL === undefined || parentURL.startsWith('data:')) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    }
    // Against another scheme (an http: module a hook loaded): the WHATWG URL.
    url = parentURL.startsWith('file:') ? resolveFileURL(specifier, parentURL) : new URL(specifier, parentURL).href;
  } else if (specifier[0] === '#') {
    const parentPath = parentURL?.startsWith('file:') ? fileURLToPath(parentURL) : `${process.cwd()}/`;
    const pkg = packageJson.getPackageScopeConfig(parentPath);
    const resolveBare = (target) => packageResolve(target, parentURL, conditions);
    const target = packageExports().packageImportsResolve(specifier, pkg, baseOf(parentURL), conditions, resolveBare);
    url = target.startsWith('file:') || target.startsWith('node:') ? target : pathToFileURL(target);
  } else if (schemeRe.test(specifier)) {
    url = specifier;
  } else {
    if (parentURL !== undefined && !parentURL.startsWith('file:')) {
      const { codes } = require('internal/errors');
      // A parent that is no URL, or one of a hierarchical scheme (http:), has no
      // node_modules to look in: node fails to build the lookup's URL there.
      let parsed = null;
      try {
        parsed = new URL(parentURL);
      } catch { /* not a URL */ }
      if (parsed === null || parsed.pathname.startsWith('/')) throw new codes.ERR_INVALID_URL(specifier);
      throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    }
    url = packageResolve(specifier, parentURL, conditions);
  }
  if (url.startsWith('node:')) return url;
  if (url.startsWith('data:')) return url;
  if (!url.startsWith('file:')) {
    const scheme = url.slice(0, url.indexOf(':') + 1);
    const err = new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME(scheme,
      scheme === 'http:' || scheme === 'https:' ? 'file and data' : 'file, data, and node');
    err.url = url; // import.meta.resolve() gives it back
    throw err;
  }
  return finalizeResolution(url, parentURL, preserveSymlinks);
}

// What a URL holds: 'module', 'commonjs', 'json', 'builtin', 'addon', 'wasm', or
// undefined for a .js file of a package with no "type" (the loader then looks at
// its syntax).
function defaultFormat(url) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const mime = /^data:([^,;]*)/.exec(url)?.[1];
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    return null;
  }
  const filepath = fileURLToPath(url);
  const ext = path.extname(filepath);
  switch (ext) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.node': return 'addon';
    case '.wasm': return 'wasm';
    case '.js':
    case '': {
      const type = packageJson.getNearestParentPackageJSONType(filepath);
      if (type === 'module') return 'module';
      if (type === 'commonjs') return 'commonjs';
      return undefined;
    }
    default:
      throw new codes.ERR_UNKNOWN_FILE_EXTENSION(ext, filepath);
  }
}

// The text of a data: URL.
function dataURLSource(url) {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (meta.endsWith(';base64')) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const text = decodeURIComponent(body).replace(/[^A-Za-z0-9+/]/g, '');
    let bits = 0;
    let value = 0;
    let binary = '';
    for (const ch of text) {
      value = (value << 6) | alphabet.indexOf(ch);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        binary += String.fromCharCode((value >> bits) & 0xff);
      }
    }
    try {
      return decodeURIComponent(escape(binary));
    } catch {
      return binary;
    }
  }
  return decodeURIComponent(body);
}

module.exports = { defaultResolve, defaultFormat, dataURLSource, defaultConditions, baseOf };
