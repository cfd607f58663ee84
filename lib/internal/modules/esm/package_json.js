'use strict';
// module.findPackageJSON(specifier[, base]): the package.json that governs a module.
// A bare specifier gives the package's own package.json; a relative or absolute
// one, the nearest package.json above the file it names.

const path = require('path');
const { validateString } = require('internal/validators');
const packageJson = require('internal/modules/package_json_reader');
const { defaultResolve } = require('internal/modules/esm/resolve');
const { fileURLToPath, pathToFileURL } = require('internal/modules/esm/url');

function toURLString(value) {
  if (value !== null && typeof value === 'object' && typeof value.href === 'string') return value.href;
  return value;
}

// The package.json nearest above filepath (or in it, when it names a directory).
function nearest(filepath, isDirectory = false) {
  let dir = isDirectory ? filepath : path.dirname(filepath);
  for (;;) {
    const pkg = packageJson.readPackage(dir);
    if (pkg !== undefined) return pkg.pjsonPath;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function findPackageJSON(specifier, base) {
  if (specifier === undefined) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('specifier');
  }
  specifier = toURLString(specifier);
  validateString(specifier, 'specifier');
  base = toURLString(base);
  let parentURL;
  if (base !== undefined) {
    validateString(base, 'base');
    parentURL = base.startsWith('file:') ? base : pathToFileURL(base);
  }
  const isPath = specifier === '.' || specifier === '..' || specifier.startsWith('/') ||
    specifier.startsWith('./') || specifier.startsWith('../');
  if (specifier.startsWith('file:') || (isPath && specifier.startsWith('/'))) {
    return nearest(specifier.startsWith('file:') ? fileURLToPath(specifier) : specifier);
  }
  if (isPath) {
    if (parentURL === undefined) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('base', base, 'must be a file URL or absolute path when specifier is relative');
    }
    // '.', '..' and 'dir/' name directories, as URLs do.
    const isDirectory = specifier === '.' || specifier === '..' || specifier.endsWith('/');
    return nearest(path.resolve(path.dirname(fileURLToPath(parentURL)), specifier), isDirectory);
  }
  const url = defaultResolve(specifier, parentURL ?? pathToFileURL(`${process.cwd()}/`));
  if (!url.startsWith('file:')) return undefined;
  const resolved = fileURLToPath(url);
  const name = specifier[0] === '@' ? specifier.split('/', 2).join('/') : specifier.split('/')[0];
  const marker = `/node_modules/${name}/`;
  const at = resolved.lastIndexOf(marker);
  if (at !== -1) return `${resolved.slice(0, at + marker.length)}package.json`;
  // The package's "main" or "exports" may point outside its folder: its own
  // package.json is still the one in the node_modules folder the name was found in.
  const installed = installedPackageJSON(name, parentURL === undefined ? process.cwd() :
    path.dirname(fileURLToPath(parentURL)));
  return installed ?? nearest(resolved);
}

// node_modules/<name>/package.json in the nearest folder, from dir up, that has one.
function installedPackageJSON(name, dir) {
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const pkg = packageJson.readPackage(path.join(dir, 'node_modules', name));
      if (pkg !== undefined) return pkg.pjsonPath;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

module.exports = { findPackageJSON };
