'use strict';
// module.registerHooks: synchronous resolve and load hooks in front of the module
// loaders' own (import and require), run last-registered first, each handed the
// next one.

const { defaultResolve, defaultConditions } = require('internal/modules/esm/resolve');
const { codes } = require('internal/errors'); // read where thrown (a rare code)

const resolveHooks = [];
const loadHooks = [];

function hasResolveHooks() {
  return resolveHooks.length > 0;
}

function hasLoadHooks() {
  return loadHooks.length > 0;
}

// A hook's source may be a string, an ArrayBuffer or a view of UTF-8 bytes.
function bytesToString(source) {
  if (typeof source === 'string') return source;
  if (source == null) return source;
  const bytes = !ArrayBuffer.isView(source) ? new Uint8Array(source)
    : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  }
  try {
    return decodeURIComponent(escape(binary));
  } catch {
    return binary;
  }
}

function runResolveHooks(specifier, parentURL, attributes) {
  const context = { conditions: [...defaultConditions], importAttributes: { __proto__: null, ...attributes }, parentURL };
  let index = resolveHooks.length;
  const next = (spec, ctx = context) => {
    index--;
    if (index < 0) {
      return { url: defaultResolve(`${spec}`, ctx?.parentURL ?? parentURL,
        ctx?.conditions ? new Set(ctx.conditions) : defaultConditions) };
    }
    const result = resolveHooks[index](spec, { ...context, ...ctx }, next);
    if (typeof result?.url !== 'string') {
      throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', 'resolve', 'url', result?.url);
    }
    return result;
  };
  return next(specifier, context);
}

function runLoadHooks(url, attributes, defaultLoad, detectFormat) {
  const context = { conditions: [...defaultConditions], format: undefined, importAttributes: { __proto__: null, ...attributes } };
  let index = loadHooks.length;
  const next = (u, ctx = context) => {
    index--;
    if (index < 0) return defaultLoad(u);
    return loadHooks[index](u, { ...context, ...ctx }, next);
  };
  const result = next(url, context);
  let { format } = result;
  const source = bytesToString(result.source);
  if (format == null) format = url.startsWith('node:') ? 'builtin' : detectFormat(source ?? '');
  return { format, source };
}

function registerHooks(hooks) {
  const { validateObject, validateFunction } = require('internal/validators');
  validateObject(hooks, 'hooks');
  const { resolve, load } = hooks;
  if (resolve !== undefined) validateFunction(resolve, 'hooks.resolve');
  if (load !== undefined) validateFunction(load, 'hooks.load');
  if (resolve) resolveHooks.push(resolve);
  if (load) loadHooks.push(load);
  updateRequireHooks();
  return {
    deregister() {
      if (resolve) resolveHooks.splice(resolveHooks.lastIndexOf(resolve), 1);
      if (load) loadHooks.splice(loadHooks.lastIndexOf(load), 1);
      updateRequireHooks();
    },
  };
}

// The same hooks for require(): CommonJS resolution is the last resolve step and
// reading the file the last load step; URLs map to and from file names and ids.
const requireConditions = ['require', 'node', 'node-addons', 'module-sync'];
const requireHooks = {
  resolve(request, parent, isMain, options, resolveFilename) {
    const { pathToFileURL, fileURLToPath } = require('internal/modules/esm/url');
    const parentURL = parent?.filename ? pathToFileURL(parent.filename) : undefined;
    const context = { conditions: requireConditions, importAttributes: { __proto__: null }, parentURL };
    let index = resolveHooks.length;
    const next = (specifier, ctx = context) => {
      index--;
      if (index < 0) {
        const filename = resolveFilename(`${specifier}`, parent, isMain, options);
        return { url: filename.startsWith('/') ? pathToFileURL(filename) : `node:${filename.replace(/^node:/, '')}` };
      }
      return resolveHooks[index](specifier, { ...context, ...ctx }, next);
    };
    const { url } = next(request, context);
    if (typeof url !== 'string') {
      throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', 'resolve', 'url', url);
    }
    return url.startsWith('file:') ? fileURLToPath(url) : url;
  },
  load(filename, format, readFile) {
    const { pathToFileURL } = require('internal/modules/esm/url');
    const url = pathToFileURL(filename);
    const context = { conditions: requireConditions, format, importAttributes: { __proto__: null } };
    let index = loadHooks.length;
    const next = (u, ctx = context) => {
      index--;
      if (index < 0) return { format, source: readFile(filename) };
      return loadHooks[index](u, { ...context, ...ctx }, next);
    };
    return bytesToString(next(url, context).source);
  },
};

function updateRequireHooks() {
  const active = resolveHooks.length > 0 || loadHooks.length > 0;
  require('internal/modules/cjs/loader').setRequireHooks(active ? requireHooks : null);
}

module.exports = { bytesToString, hasLoadHooks, hasResolveHooks, registerHooks, runLoadHooks, runResolveHooks };
