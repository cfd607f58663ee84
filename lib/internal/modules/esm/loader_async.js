'use strict';
// The module loader's asynchronous path, for module.register() hooks: resolving and
// loading run through the hooks (internal/modules/esm/hooks_async), so the graph is
// fetched here with awaits, then linked and evaluated by the loader as any other.

const { kNoAttributes } = require('internal/modules/esm/transform');
const { codes } = require('internal/errors');
const {
  defaultLoad, defaultResolve, defaultFormat, detectFormat, fetchRecord, hooks, loadURL, ModuleRecord,
  kHooksGraph, registry, registryKey, run, transformRecord, validateAttributes,
} = require('internal/modules/esm/loader').internals;

function hooksAsync() {
  return require('internal/modules/esm/loader').internals.hooksAsync;
}

// The loader's own resolution, the last step of the resolve hooks.
function resolveStep(specifier, context) {
  const { parentURL, importAttributes, conditions } = context;
  let url;
  if (hooks.hasResolveHooks()) {
    url = hooks.runResolveHooks(specifier, parentURL, importAttributes).url;
  } else {
    try {
      url = defaultResolve(specifier, parentURL, Array.isArray(conditions) ? new Set(conditions) : undefined);
    } catch (err) {
      // A scheme of its own (http:) is for a load hook to read.
      if (err?.code !== 'ERR_UNSUPPORTED_ESM_URL_SCHEME' || err.url === undefined) throw err;
      url = err.url;
    }
  }
  // node's resolve step names the format of files only, null when the source must
  // tell (a .js or extensionless file outside a typed package).
  let format;
  if (url.startsWith('file:')) {
    try {
      format = defaultFormat(url) ?? null;
    } catch {
      // an extension only a load hook knows
    }
  }
  return { url, format };
}

// The loader's own read, the last step of the load hooks: node gives no source for
// CommonJS (the CommonJS loader reads it) and built-ins.
function loadStep(url, context) {
  if (!/^(?:file|data|node):/.test(url) && !hooks.hasLoadHooks()) {
    const scheme = url.slice(0, url.indexOf(':') + 1);
    throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME(scheme,
      scheme === 'http:' || scheme === 'https:' ? 'file and data' : 'file, data, and node');
  }
  const forced = typeof context.format === 'string';
  const loaded = !forced || hooks.hasLoadHooks()
    ? loadURL(url, context.importAttributes ?? { __proto__: null }, forced ? context.format : undefined)
    : defaultLoad(url, context.format, true);
  if (loaded.format === 'builtin') return { format: 'builtin', source: null };
  if (loaded.format === 'commonjs') return { format: 'commonjs', source: undefined };
  return loaded;
}

const loading = new Map(); // url -> promise of its load hooks' result

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

async function recordForAsync(url, attributes, formatHint, wait, graph) {
  if (attributes !== kNoAttributes) {
    for (const key of Object.keys(attributes)) {
      if (key !== 'type') throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key], url);
    }
  }
  let checked; // the attributes a load hook handed on to the loader's own step
  const key = registryKey(url, attributes, graph);
  if (!registry.has(key)) {
    let pending = loading.get(url);
    if (pending === undefined) {
      pending = hooksAsync().load(url, formatHint, { __proto__: null, ...attributes }, loadStep, wait);
      loading.set(url, pending);
    }
    let loaded;
    try {
      loaded = await pending;
    } finally {
      loading.delete(url);
    }
    if (isObjectLike(loaded.checkedAttributes)) checked = { __proto__: null, ...loaded.checkedAttributes };
    if (!registry.has(key)) {
      let { format } = loaded;
      let source = hooks.bytesToString(loaded.source);
      if (format == null) format = url.startsWith('node:') ? 'builtin' : detectFormat(source ?? '');
      if (source == null && (format === 'module' || format === 'json')) {
        throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray',
          'load', 'source', source);
      }
      const hookSource = format === 'commonjs' && source != null;
      if (format === 'commonjs' && source == null && url.startsWith('file:')) {
        source = defaultLoad(url, 'commonjs').source;
      }
      const r = new ModuleRecord(url, format, source);
      r.hookSource = hookSource;
      r.graph = graph;
      registry.set(key, r);
    }
  }
  const r = registry.get(key);
  validateAttributes(url, r.format, checked ?? attributes);
  return r;
}

// wait: false for a hooks module that loads through the hooks registered before it.
// graph: see the loader's kHooksGraph.
async function getModuleAsync(specifier, parentURL, attributes = { __proto__: null }, wait = true, graph = '') {
  const resolved = await hooksAsync().resolve(specifier, parentURL, { __proto__: null, ...attributes },
    resolveStep, wait);
  return recordForAsync(resolved.url, resolved.importAttributes ?? attributes, resolved.format, wait, graph);
}

// loadGraph, with every request resolved and loaded through the hooks.
async function loadGraphAsync(root, wait) {
  const stack = [root];
  while (stack.length > 0) {
    const r = stack.pop();
    if (r.failure !== undefined) throw r.failure;
    if (r.status === 'new') {
      r.fetching = fetchRecordAsync(r, wait);
      try {
        await r.fetching;
      } finally {
        r.fetching = null;
      }
    } else if (r.fetching !== null) {
      await r.fetching; // another import is fetching it: wait, then walk on
    } else {
      continue;
    }
    for (const dep of r.requests) stack.push(dep);
  }
}

async function fetchRecordAsync(r, wait) {
  r.status = 'fetching';
  try {
    let resolved;
    if (r.format === 'module') {
      transformRecord(r);
      const { specifiers, attributes } = r.meta;
      resolved = await Promise.all(specifiers.map((specifier, i) =>
        getModuleAsync(specifier, r.url, attributes[i], wait, r.graph)));
    }
    fetchRecord(r, resolved);
  } catch (err) {
    r.status = 'new'; // the next import tries again, as node
    throw err;
  }
  r.status = 'fetched';
}

async function runAsync(r, wait = true) {
  await loadGraphAsync(r, wait);
  return run(r);
}

// A hooks module registered while other hooks are in place loads through them.
async function importHooksModule(specifier, parentURL) {
  const r = await getModuleAsync(specifier, parentURL, undefined, false, kHooksGraph);
  return runAsync(r, false);
}

// The entry point's record, through the hooks (its URL resolved with no parent).
function entryRecordAsync(url) {
  return getModuleAsync(url, undefined);
}

module.exports = { getModuleAsync, importHooksModule, runAsync };
