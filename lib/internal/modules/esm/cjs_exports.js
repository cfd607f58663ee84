'use strict';
// The named exports of a CommonJS module as `import { x } from './file.cjs'` sees
// them: what src/esm/cjs_exports.c detects statically, plus the names of the
// modules it re-exports (`module.exports = require('./y')`), followed through
// CommonJS resolution.

const path = require('path');
const esm = internalBinding('esm');
const fsBinding = internalBinding('fs');

function cjsExportNames(filename, source, seen = new Set()) {
  const names = new Set();
  if (typeof source !== 'string' || seen.has(filename)) return names;
  seen.add(filename);
  const [detected, reexports] = esm.cjsExports(source);
  // As cjs-module-lexer: a name that is not well-formed UTF-16 (a lone surrogate)
  // is no export.
  for (const name of detected) {
    if (name.isWellFormed()) names.add(name);
  }
  for (const specifier of reexports) {
    let resolved;
    try {
      const { Module } = require('internal/modules/cjs/loader');
      const parent = new Module(filename, null);
      parent.filename = filename;
      parent.paths = Module._nodeModulePaths(path.dirname(filename));
      resolved = Module._resolveFilename(specifier, parent, false);
    } catch {
      continue;
    }
    if (resolved.startsWith('node:') || !resolved.startsWith('/')) {
      const id = resolved.startsWith('node:') ? resolved.slice(5) : resolved;
      try {
        for (const name of Object.keys(require(id))) names.add(name);
      } catch { /* not a built-in after all */ }
      continue;
    }
    if (!resolved.endsWith('.js') && !resolved.endsWith('.cjs')) continue;
    if (require('internal/options').permissionEnabled) require('internal/process/permission').checkRead(resolved);
    const text = fsBinding.readFileUtf8(resolved);
    for (const name of cjsExportNames(resolved, text, seen)) names.add(name);
  }
  names.delete('default');
  return names;
}

module.exports = { cjsExportNames };
