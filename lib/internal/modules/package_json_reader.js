'use strict';
// Reads and caches package.json files, and finds the package scope of a path.
// Shared by the CommonJS loader and the ES module resolver.

const fsBinding = internalBinding('fs');
const path = require('path');

const cache = new Map();
const ObjectHasOwn = Object.hasOwn;

// The parsed package.json in dir, or undefined when there is none. A file that is
// not valid JSON throws ERR_INVALID_PACKAGE_CONFIG, as in node.
function read(jsonPath) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const text = fsBinding.readFileUtf8(jsonPath);
  let result;
  if (typeof text !== 'string') {
    result = undefined;
  } else {
    let parsed;
    try {
      parsed = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
    } catch (err) {
      const { codes } = require('internal/errors');
      // node reports the file only (with a trailing period), not the JSON error.
      void err;
      throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${jsonPath}.`);
    }
    if (parsed === null || typeof parsed !== 'object') parsed = {};
    // Own fields only: a program may have put getters of these names on
    // Object.prototype.
    const field = (key) => (ObjectHasOwn(parsed, key) ? parsed[key] : undefined);
    const type = field('type');
    result = {
      pjsonPath: jsonPath,
      exists: true,
      name: typeof field('name') === 'string' ? parsed.name : undefined,
      main: typeof field('main') === 'string' ? parsed.main : undefined,
      type: type === 'module' || type === 'commonjs' ? type : 'none',
      exports: field('exports'),
      imports: field('imports'),
      raw: parsed,
    };
  }
  cache.set(jsonPath, result);
  return result;
}

function readPackage(dir) {
  return read(path.resolve(dir, 'package.json'));
}

// The nearest package.json at or above the directory of checkPath, stopping at a
// node_modules folder (whose own package.json scopes are the packages inside).
function getPackageScopeConfig(checkPath) {
  // A folder given as "dir/" (the REPL's parent is the working directory) is its own scope.
  let dir = checkPath.length > 1 && checkPath.endsWith('/') ? checkPath.slice(0, -1) : path.dirname(checkPath);
  for (;;) {
    if (dir.endsWith('/node_modules')) return undefined;
    const pkg = readPackage(dir);
    if (pkg !== undefined) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function getNearestParentPackageJSONType(checkPath) {
  const pkg = getPackageScopeConfig(checkPath);
  return pkg ? pkg.type : 'none';
}

function clearCache() {
  cache.clear();
}

module.exports = { clearCache, getNearestParentPackageJSONType, getPackageScopeConfig, read, readPackage };
