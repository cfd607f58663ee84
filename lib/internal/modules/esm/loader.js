'use strict';
// The ES module loader: module records keyed by URL, loading a graph (resolve,
// read, transform), linking imports to exports, and evaluation in the spec's
// order, with top-level await, cycles and CommonJS/JSON/built-in interop.
//
// How a module runs. src/esm/ rewrites its source without moving any line or
// column (import declarations become spaces, `import.meta` -> `__eddy_meta`,
// `import(` -> `_$imp$(`), and this file compiles it as one of
//
//   (function (__eddy_r, __eddy_meta, _$imp$, __eddy_v) { 'use strict';
//     __eddy_r.getters = { x: () => x }; const { 0: a, 1: b } = __eddy_v; <source>
//   })
//   [(function (__eddy_w) { with (__eddy_w) { return ]
//   (function* (__eddy_r, __eddy_meta, _$imp$) { 'use strict'; __eddy_r.getters = { x: () => x };
//     const { 0: a, 1: b } = yield; <source>
//   })
//
// A module on an import cycle is the generator: calling it and running it to its
// `yield` instantiates the module (function declarations are hoisted and the
// closures that read each exported binding are registered, so a module of the
// cycle can call them before this one runs; a `let` read early throws its own TDZ
// ReferenceError), and resuming it evaluates the body. Every other module is only
// ever read after it has run (its importers run after it), so it is the plain
// function, called once as it evaluates: cheaper for JSC to compile and run than
// a generator. A module with top-level await is the same as an async function.
//
// Each call is handed the imports that can be copied (see planImports): those
// become `const` locals. The other imports (bindings their module reassigns, and
// every import of a module on a cycle) are getters on the `with` object __eddy_w
// that call the exporter's closures, so they stay live and a name declared inside
// the module still shadows them.

const path = require('path');
const { transformModule, hasModuleSyntax, kNoAttributes, kSourcePhase } = require('internal/modules/esm/transform');
const builtins = internalBinding('builtins');
const fsBinding = internalBinding('fs');
const { permissionEnabled } = require('internal/options');
const { setFirstLineOffset } = require('internal/errors/stack');
const { defaultResolve, defaultFormat, dataURLSource } =
  require('internal/modules/esm/resolve');
const { fileURLToPath, pathToFileURL } = require('internal/modules/esm/url');
const { makeNamespace, isModuleNamespace } = require('internal/modules/esm/namespace');
const hooks = require('internal/modules/esm/hooks');
const { activeTracingChannel } = require('internal/diagnostics_channel/builtin');
// What the loader tells the user (errors and warnings): loaded with the first one.
let diagnosticsModule;
function diagnostics() {
  diagnosticsModule ??= require('internal/modules/esm/diagnostics');
  return diagnosticsModule;
}
// Read where thrown: most are rare codes, whose registry loads on first read.
const { codes } = require('internal/errors');

const kDefaultLocal = '__edf_';
const ObjectHasOwn = Object.hasOwn;
const AMBIGUOUS = Symbol('ambiguous');
const registry = new Map();

// Fields, not assignments in the constructor: a program may have put accessors of
// these names on Object.prototype (and one shape for every record).
class ModuleRecord {
  url;
  format;
  filename;
  source;
  status = 'new'; // new -> fetched -> linked -> evaluating -> evaluated
  failure = undefined; // a load/link error, rethrown on every later import
  requests = null; // records, by request index
  meta = null; // the transform's result
  localExports = null; // exported name -> local name
  indirectExports = null; // exported name -> { req, name }
  importMap = null; // local name -> { req, name, offset, length }
  getters = null; // local name -> closure that reads it
  settled = null; // local name -> final value (plain modules, see instantiate)
  resync = undefined; // assigns its synced built-in imports again (see instantiate)
  graph = ''; // kHooksGraph for a module.register() hooks module and what it imports
  scope = null; // the `with` object holding the imports
  body = null; // the function, generator or async function that runs the module
  bodyMeta = undefined; // import.meta, for body
  bodyImporter = undefined; // what body's import() calls
  values = null; // name -> value, for CommonJS and JSON after evaluation
  exportNames = null; // Set, for modules that are not source text modules
  builtinExports = undefined;
  namespace = undefined;
  error = undefined;
  hasError = false;
  promise = undefined;
  isMain = false;
  cyclic = false; // on an import cycle (imports then stay live getters)
  stamp = 0; // markCycles' bookkeeping
  sccIndex = -1;
  sccLow = -1;
  onStack = false;
  plan = null; // how each import is bound: { copies, live }
  assigned = null; // names the module assigns after declaring them
  tlaLocation = undefined; // { line, column, text } of its first top-level await
  hookSource = false; // CommonJS whose source a module.register() load hook gave
  fetching = null; // the promise of an asynchronous fetch under way (module.register)
  wasm = undefined; // a WebAssembly module's compiled WebAssembly.Module
  wasmExports = undefined; // its instance's exports (for another WebAssembly module's imports)

  constructor(url, format, source) {
    this.url = url;
    this.format = format;
    this.filename = url.startsWith('file:') ? fileURLToPath(url) : null;
    this.source = source;
  }

  get async() {
    return this.meta?.tla === true;
  }
}

function tdz(name) {
  return new ReferenceError(`Cannot access '${name}' before initialization`);
}

// --- loading ---------------------------------------------------------------------

function resolveURL(specifier, parentURL, attributes = { __proto__: null }) {
  if (!hooks.hasResolveHooks()) return { url: defaultResolve(specifier, parentURL) };
  return hooks.runResolveHooks(specifier, parentURL, attributes);
}

// formatHint: the format the caller already knows (an entry point), or undefined.
function loadURL(url, attributes, formatHint) {
  if (!hooks.hasLoadHooks()) return defaultLoad(url, formatHint);
  return hooks.runLoadHooks(url, attributes, defaultLoad, detectFormat);
}

// Whether a watch mode process runs this one: each file read is then reported
// (internal/modules/watch_report.js). Decided at the first file.
let underWatchMode;

// Reads a URL: { format, source }. A .js file of a package without "type" is an
// ES module when it has module syntax.
// A load hook may name the format itself (forced): then the URL's does not matter.
function defaultLoad(url, formatHint, forced = false) {
  let format = forced ? formatHint : defaultFormat(url);
  if (format === undefined) format = formatHint; // a .js file of no declared type
  let source = null;
  if (url.startsWith('data:')) {
    if (format === null) {
      throw new codes.ERR_UNKNOWN_MODULE_FORMAT(/^data:([^,;]*)/.exec(url)?.[1], url);
    }
    source = dataURLSource(url);
  } else if (format === 'wasm' && url.startsWith('file:')) {
    source = require('fs').readFileSync(fileURLToPath(url)); // bytes, not text
  } else if (url.startsWith('file:') && format !== 'addon') {
    underWatchMode ??= process.env.WATCH_REPORT_DEPENDENCIES !== undefined;
    if (underWatchMode) require('internal/modules/watch_report').reportImport(url);
    const filename = fileURLToPath(url);
    if (permissionEnabled) require('internal/process/permission').checkRead(filename);
    source = fsBinding.readFileUtf8(filename);
    if (typeof source !== 'string') {
      const { uvException } = require('internal/errors');
      throw uvException({ errno: source, syscall: 'open', path: filename });
    }
    // An extensionless file that starts as WebAssembly does is a Wasm module.
    if ((format === undefined || format === 'module') && source.startsWith('\0asm') &&
        path.extname(filename) === '') {
      format = 'wasm';
      source = require('fs').readFileSync(filename);
    }
    if (format === undefined) {
      format = detectFormat(source);
      if (format === 'module') diagnostics().warnTypelessPackage(url, filename);
    }
  }
  return { format, source };
}

// A .js file in no "type" scope is an ES module when it has module syntax (node's
// --experimental-detect-module, on by default).
let detectModule;
function detectFormat(source) {
  detectModule ??= require('internal/options').getOptionValue('--experimental-detect-module', true);
  if (!detectModule || !/\b(?:import|export|await)\b/.test(source)) return 'commonjs';
  return hasModuleSyntax(source) ? 'module' : 'commonjs';
}

// Any import attribute but `type` fails.
function rejectUnknownAttributes(url, attributes) {
  const keys = Object.keys(attributes);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== 'type') throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key], url);
  }
}

function validateAttributes(url, format, attributes) {
  if (attributes === kNoAttributes && format !== 'json') return;
  rejectUnknownAttributes(url, attributes);
  const type = attributes.type;
  if (format === 'json') {
    if (type === undefined) throw new codes.ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
    if (type !== 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
  } else if (type !== undefined) {
    if (type === 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, type);
    throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
  }
}

// The registry key of url imported with these attributes into graph: as node's
// module map, a `type` makes another entry (a resolve hook can load one file as JSON
// and as something else). A URL never holds a line feed.
function registryKey(url, attributes, graph = '') {
  const type = attributes.type;
  return type === undefined ? graph + url : `${graph}${url}\n${type}`;
}

// The graph of the module.register() hooks modules: node runs them on a thread of
// their own, so a module they import is an instance apart from the program's (its
// state is not the program's). Prefixed to their registry keys.
const kHooksGraph = 'hooks\n';

// formatHint: the format a resolve hook named, which the load then keeps.
function recordFor(url, attributes, formatHint, graph) {
  // Unknown attribute keys fail before anything loads; the type once the format is known.
  if (attributes !== kNoAttributes) {
    rejectUnknownAttributes(url, attributes);
  }
  const key = registryKey(url, attributes, graph);
  let r = registry.get(key);
  if (r === undefined) {
    const { format, source } = formatHint === undefined || hooks.hasLoadHooks()
      ? loadURL(url, attributes) : defaultLoad(url, formatHint, true);
    r = new ModuleRecord(url, format, source);
    if (graph !== undefined) r.graph = graph;
    registry.set(key, r);
  }
  validateAttributes(url, r.format, attributes);
  return r;
}

// The record an import of specifier from parentURL names (not yet loaded).
// A specifier resolved once from a parent keeps its URL, as node's resolve cache:
// import() of it again finds the same module even if its file is gone since.
// graph: '' for the program's modules, kHooksGraph for the hooks modules'.
const resolved = new Map(); // parentURL -> Map(specifier -> url)
function getModule(specifier, parentURL, attributes = { __proto__: null }, graph = '') {
  if (hooks.hasResolveHooks()) {
    const res = resolveURL(specifier, parentURL, attributes);
    return recordFor(res.url, res.importAttributes != null ? { __proto__: null, ...res.importAttributes } : attributes,
      typeof res.format === 'string' ? res.format : undefined, graph);
  }
  let byParent = resolved.get(parentURL);
  let url = byParent?.get(specifier);
  if (url === undefined) {
    url = defaultResolve(specifier, parentURL);
    if (byParent === undefined) resolved.set(parentURL, byParent = new Map());
    byParent.set(specifier, url);
  }
  return recordFor(url, attributes, undefined, graph);
}

function transformRecord(r) {
  const t = transformModule(r.source);
  if (t.error !== undefined) throw diagnostics().syntaxError(r, `${t.error} (${r.url})`);
  r.meta = t;
  r.localExports = t.localExports;
  r.indirectExports = t.indirectExports;
  r.importMap = t.imports;
  r.assigned = t.assigned;
  if (t.tla) {
    // Where its first top-level await is, for the warning about one that never settles.
    const before = r.source.slice(0, t.tlaOffset);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const lineEnd = r.source.slice(lineStart).search(/[\r\n]|$/);
    r.tlaLocation = {
      line: before.split(/\r\n|\r|\n/).length,
      column: t.tlaOffset - lineStart,
      text: r.source.slice(lineStart, lineStart + lineEnd),
    };
  }
}

// Loads r and everything it imports, iteratively (a long chain must not overflow
// the stack).
function loadGraph(root) {
  const stack = [root];
  while (stack.length > 0) {
    const r = stack.pop();
    if (r.failure !== undefined) throw r.failure;
    if (r.status !== 'new') continue;
    fetchRecord(r); // a failure leaves r 'new': the next import tries again, as node
    r.status = 'fetched';
    for (let i = 0; i < r.requests.length; i++) stack.push(r.requests[i]);
  }
}

// resolved: a module's requests, when module.register() hooks already found them.
function fetchRecord(r, resolved) {
  r.requests = [];
  switch (r.format) {
    case 'module': {
      if (resolved !== undefined) {
        if (r.meta.sourceRequests !== null) sourcePhaseRequests(r, resolved);
        r.requests = resolved;
        break;
      }
      if (typeof r.source === 'string' && r.source.includes('sourceMappingURL')) {
        require('internal/modules/source_maps').maybeCacheSourceMap(r.url, r.source);
      }
      transformRecord(r);
      const { specifiers, attributes } = r.meta;
      const requests = new Array(specifiers.length);
      for (let i = 0; i < specifiers.length; i++) {
        requests[i] = getModule(specifiers[i], r.url, attributes[i], r.graph);
      }
      if (r.meta.sourceRequests !== null) sourcePhaseRequests(r, requests);
      r.requests = requests;
      break;
    }
    case 'commonjs':
      r.exportNames = new Set(['default', 'module.exports',
        ...require('internal/modules/esm/cjs_exports').cjsExportNames(r.filename, r.source)]);
      break;
    case 'json':
      r.exportNames = new Set(['default']);
      break;
    case 'builtin': {
      const id = r.url.slice(5);
      const { BuiltinModule } = require;
      if (!BuiltinModule.canBeRequiredByUsers(id)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(r.url);
      }
      r.builtinExports = require(id);
      const exp = r.builtinExports;
      r.exportNames = new Set(['default',
        ...(exp !== null && typeof exp === 'object' || typeof exp === 'function' ? Object.keys(exp) : [])]);
      break;
    }
    case 'wasm':
      r.requests = require('internal/modules/esm/wasm').fetchWasm(r, getModule);
      break;
    case 'addon': {
      const err = new Error(`Cannot load native addon '${r.filename}': eddy does not support Node-API addons yet`);
      err.code = 'ERR_DLOPEN_FAILED';
      throw err;
    }
    default:
      throw new codes.ERR_UNKNOWN_MODULE_FORMAT(r.format, r.url);
  }
}

// --- source phase imports --------------------------------------------------------
// `import source x from '...'` and import.source(): a module's source object (a
// WebAssembly.Module), without linking or running the module. The request of a
// static one is a record of its own, already evaluated, exporting 'source'.

function moduleSourceOf(r) {
  if (r.format === 'wasm') return require('internal/modules/esm/wasm').compileWasm(r);
  const { codes } = require('internal/errors');
  throw new codes.ERR_SOURCE_PHASE_NOT_DEFINED(r.url);
}

function sourcePhaseRequests(r, requests) {
  for (const req of r.meta.sourceRequests) {
    const dep = requests[req];
    const s = new ModuleRecord(dep.url, 'source', undefined);
    s.values = { __proto__: null, source: moduleSourceOf(dep) };
    s.exportNames = new Set(['source']);
    s.requests = [];
    s.status = 'evaluated';
    requests[req] = s;
  }
}

function importSource(specifier, referrerURL, options, graph) {
  return Promise.resolve().then(() =>
    moduleSourceOf(getModule(`${specifier}`, referrerURL, attributesOf(options), graph)));
}

// --- linking ---------------------------------------------------------------------

function graphOf(root, pred) {
  const out = [];
  const seen = new Set(); // filled by add(), not from an array (no array iterator)
  seen.add(root);
  const stack = [root];
  while (stack.length > 0) {
    const r = stack.pop();
    if (!pred(r)) continue;
    out.push(r);
    for (let i = 0; i < r.requests.length; i++) {
      const dep = r.requests[i];
      if (!seen.has(dep)) {
        seen.add(dep);
        stack.push(dep);
      }
    }
  }
  return out;
}

function link(root) {
  if (root.failure !== undefined) throw root.failure;
  const records = graphOf(root, (r) => r.status === 'fetched');
  if (records.length === 0) return;
  markCycles(records);
  let linking = null;
  try {
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      linking = r;
      if (r.format === 'module') planImports(r);
    }
  } catch (err) {
    // The error is the failing module's and its importers' (each later import of
    // them throws it again); the modules it imports stay usable.
    const blamed = new Set([linking]);
    for (let grew = true; grew;) {
      grew = false;
      for (let i = 0; i < records.length; i++) {
        const other = records[i];
        if (!blamed.has(other) && other.requests.some((dep) => blamed.has(dep))) {
          blamed.add(other);
          grew = true;
        }
      }
    }
    for (const other of blamed) other.failure ??= err;
    throw err;
  }
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.format === 'module' && r.body === null) instantiate(r);
  }
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.format === 'module') bindImports(r);
  }
  for (let i = 0; i < records.length; i++) records[i].status = 'linked';
}

// Marks the records that lie on an import cycle: Tarjan's strongly connected
// components, with explicit stacks so that a long chain cannot overflow, and its
// bookkeeping on the records (`stamp` says which link call a record belongs to).
let linkStamp = 0;
function markCycles(records) {
  const stamp = ++linkStamp;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    r.stamp = stamp;
    r.sccIndex = -1;
  }
  let counter = 0;
  const stack = [];
  const frames = []; // records being visited
  const positions = []; // for each frame, the next request to look at
  const visit = (r) => {
    r.sccIndex = r.sccLow = counter++;
    r.onStack = true;
    stack.push(r);
    frames.push(r);
    positions.push(0);
  };
  for (let i = 0; i < records.length; i++) {
    const root = records[i];
    if (root.sccIndex !== -1) continue;
    visit(root);
    while (frames.length > 0) {
      const top = frames.length - 1;
      const r = frames[top];
      const deps = r.requests;
      if (positions[top] < deps.length) {
        const dep = deps[positions[top]++];
        if (dep === r) {
          r.cyclic = true;
        } else if (dep.stamp === stamp) {
          if (dep.sccIndex === -1) visit(dep);
          else if (dep.onStack && dep.sccIndex < r.sccLow) r.sccLow = dep.sccIndex;
        }
        continue;
      }
      frames.pop();
      positions.pop();
      if (top > 0 && r.sccLow < frames[top - 1].sccLow) frames[top - 1].sccLow = r.sccLow;
      if (r.sccLow === r.sccIndex) {
        const component = stack.splice(stack.lastIndexOf(r));
        for (let i = 0; i < component.length; i++) {
          const m = component[i];
          m.onStack = false;
          if (component.length > 1) m.cyclic = true;
        }
      }
    }
  }
}

// Decides how each import of r is bound. Outside a cycle, every dependency has
// finished running before r starts, so an import of a binding its module never
// assigns after declaring it (or of a namespace, a CommonJS, JSON or built-in
// value) is copied into a `const` as r starts: plain local variable speed. The
// rest, and every import of a module on a cycle, are live getters on r's `with`
// scope. Link errors (missing or ambiguous exports) are thrown here.
function planImports(r) {
  const copies = [];
  const live = [];
  const synced = [];
  r.importMap.forEach(({ req, name, offset, length }, local) => {
    let res;
    if (name === '*') {
      res = { module: r.requests[req], namespace: true };
    } else if (name === kSourcePhase) {
      res = { module: r.requests[req], name: 'source' };
    } else {
      res = resolveOrThrow(r, req, name, offset);
      if (res instanceof Error) throw diagnostics().locateAt(res, r, offset, length);
    }
    const m = res.module;
    if (isSyncedBuiltinExport(res)) {
      // A built-in's named export changes only when syncBuiltinESMExports() runs:
      // a `let` that it rewrites, unless r assigns the name itself (then a getter,
      // so the assignment throws as it must on an import).
      (r.assigned.has(local) || r.cyclic ? live : synced).push([local, res]);
      return;
    }
    // A vm.SyntheticModule's exports change whenever setExport() is called.
    const stable = res.namespace || (m.format !== 'module' && m.format !== 'synthetic') ||
      (m.format === 'module' && !m.assigned.has(res.name));
    (stable && !r.cyclic ? copies : live).push([local, res]);
  });
  // Re-exports must resolve too, or linking fails as in node.
  for (const [, { req, name }] of r.indirectExports) {
    if (name === '*') continue;
    const res = resolveOrThrow(r, req, name);
    if (res instanceof Error) throw res;
  }
  r.plan = { copies, live, synced };
}

// Whether res is a named export of a built-in (not its default, the exports object).
function isSyncedBuiltinExport(res) {
  return !res.namespace && res.module.format === 'builtin' && res.name !== 'default';
}

// A local as an object literal key: most are plain ASCII names, written as they
// are (JSON.stringify costs a call per export of every module).
const kPlainName = /^[A-Za-z_$][\w$]*$/;
function keyOf(local) {
  return kPlainName.test(local) ? `"${local}"` : JSON.stringify(local);
}

function instantiate(r) {
  const t = r.meta;
  const { copies, live } = r.plan;
  // A generator only when the module must be instantiated before it runs.
  const generator = r.cyclic && !t.tla;
  const plain = !generator && !t.tla;
  // A plain module's exports that it never assigns after declaring them are final
  // once it has run: it hands over their values as it ends, and only the others get
  // a closure (each one a function JSC must compile when it is first read).
  let closures = '';
  let settled = '';
  const importMap = r.importMap;
  const assigned = r.assigned;
  // (forEach, not for-of over a Set of the values: no iterator objects per module. A
  // local exported under two names is listed twice, which an object literal allows.)
  r.localExports.forEach((local) => {
    if (importMap.has(local)) return;
    if (plain && !assigned.has(local)) settled += `${keyOf(local)}:${local},`;
    else closures += `${keyOf(local)}:()=>${local},`;
  });
  let copied = '';
  const { synced } = r.plan;
  if (synced.length > 0) {
    // Built-in exports are `let`s after the copies in __eddy_v, and
    // __eddy_r.resync(values) assigns them again (see syncBuiltinESMExports).
    const pattern = importPattern(synced, copies.length);
    const values = generator ? '__eddy_c' : '__eddy_v';
    if (generator) copied = 'const __eddy_c=yield;';
    if (copies.length > 0) copied += `const ${importPattern(copies, 0)}=${values};`;
    copied += `let ${pattern}=${values};__eddy_r.resync=(__eddy_s)=>{(${pattern}=__eddy_s)};`;
  } else if (copies.length > 0) {
    copied = `const ${importPattern(copies, 0)}=${generator ? 'yield' : '__eddy_v'};`;
  } else if (generator) {
    copied = 'yield;';
  }
  // Without live imports there is no `with` scope, and the module function is the
  // script itself (one function less for JSC to parse).
  const scoped = live.length > 0;
  const params = '__eddy_r,__eddy_meta,_$imp$';
  const head = generator ? `function*(${params})`
    : t.tla ? `async function(${params},__eddy_v)` : `function(${params},__eddy_v,__eddy_d)`;
  // __eddy_r is the record itself, which takes the closures (and __eddy_d, the values
  // of a plain module as it ends): no function made per module to receive them.
  // (Plain object literals: `__proto__: null` in one costs JSC a call.)
  const register = closures !== '' || !plain ? `__eddy_r.getters={${closures}};` : '';
  const body = `${head}{'use strict';${register}${copied}`;
  const prefix = scoped ? `(function(__eddy_w){with(__eddy_w){return ${body}` : `(${body}`;
  // On a line of its own after the source, which may end in a line comment.
  const end = settled !== '' ? `\n;__eddy_d.settled={${settled}}}` : '\n}';
  setFirstLineOffset(r.url, prefix.length);
  let compiled;
  const suffix = scoped ? `${end}}})` : `${end})`;
  try {
    // A vm.SourceTextModule compiles in its own context (r.compile).
    compiled = r.compile !== undefined ? r.compile(t.code, prefix, suffix) :
      builtins.compileFunction(t.code, r.url, prefix, suffix);
  } catch (err) {
    if (err instanceof SyntaxError) throw diagnostics().syntaxError(r, err.message);
    throw err;
  }
  t.code = undefined;
  r.source = undefined; // compiled: only a SyntaxError needed the text
  const meta = t.importMeta ? (r.makeImportMeta ?? makeImportMeta)(r) : undefined;
  r.scope = scoped ? { __proto__: null } : null;
  const fn = scoped ? compiled(r.scope) : compiled;
  // `_$imp$` is bound only for a module that calls import() (the transform renamed
  // its `import(`s), or whose importer a vm.SourceTextModule set.
  let importer = r.dynamicImport;
  if (importer === undefined && (t.dynamicImport || t.importSource)) {
    importer = makeDynamicImport(r.url, r.graph);
    if (t.importSource) importer.source = (specifier, options) => importSource(specifier, r.url, options, r.graph);
  }
  if (generator) {
    r.body = fn(r, meta, importer);
    r.body.next();
    fixDefaultName(r);
  } else {
    // Called by runBody with the record's hooks (see bodyArgs).
    r.body = fn;
    r.bodyMeta = meta;
    r.bodyImporter = importer;
  }
}

// `{0:a,1:b}`: the pattern that takes the imports listed from the values handed
// to the module, the first at index `from`.
function importPattern(imports, from) {
  let pattern = '{';
  for (let i = 0; i < imports.length; i++) pattern += `${i === 0 ? '' : ','}${from + i}:${imports[i][0]}`;
  return `${pattern}}`;
}

// The values of r's copied imports, then of its synced built-in imports, read as r
// starts to run.
function copiedValues(r) {
  const { copies, synced } = r.plan;
  const values = new Array(copies.length + synced.length);
  for (let i = 0; i < copies.length; i++) {
    const res = copies[i][1];
    // Most often: a binding its (plain) module handed over as it finished.
    const settled = res.namespace ? null : res.module.settled;
    values[i] = settled !== null && ObjectHasOwn(settled, res.name) ? settled[res.name]
      : readBinding(res, copies[i][0]);
  }
  for (let i = 0; i < synced.length; i++) values[copies.length + i] = readBinding(synced[i][1]);
  return values;
}

// An anonymous default function or class is named 'default', as the spec says.
function fixDefaultName(r) {
  if (!r.localExports.has('default') || r.localExports.get('default') !== kDefaultLocal) return;
  let value;
  try {
    value = readLocal(r, kDefaultLocal, 'default');
  } catch {
    return;
  }
  if (typeof value === 'function' && value.name === kDefaultLocal) {
    Object.defineProperty(value, 'name', { value: 'default', configurable: true });
  }
}

function resolveOrThrow(r, req, name, offset) {
  const res = resolveExport(r.requests[req], name);
  if (res === AMBIGUOUS) {
    return new SyntaxError(`The requested module '${diagnostics().requestSpecifier(r, req)}' contains conflicting ` +
      `star exports for name '${name}'`);
  }
  if (res === null) return diagnostics().missingExportError(r, req, name, offset);
  return res;
}

function bindImports(r) {
  const { live } = r.plan;
  for (let i = 0; i < live.length; i++) {
    const local = live[i][0];
    Object.defineProperty(r.scope, local, { get: bindingGetter(live[i][1], local), enumerable: true, configurable: false });
  }
}

function resolveExport(r, name, resolveSet) {
  if (r.format !== 'module') return r.exportNames.has(name) ? { module: r, name } : null;
  if (resolveSet === undefined) {
    // Most often: the module's own binding, found without the bookkeeping below.
    const local = r.localExports.get(name);
    if (local !== undefined && !r.importMap.has(local)) return { module: r, name: local };
    resolveSet = [];
  }
  for (let i = 0; i < resolveSet.length; i++) {
    if (resolveSet[i].module === r && resolveSet[i].name === name) return null;
  }
  resolveSet.push({ module: r, name });
  const local = r.localExports.get(name);
  if (local !== undefined) {
    const imp = r.importMap.get(local);
    if (imp === undefined) return { module: r, name: local };
    const target = r.requests[imp.req];
    if (imp.name === '*') return { module: target, namespace: true };
    if (imp.name === kSourcePhase) return { module: target, name: 'source' };
    return resolveExport(target, imp.name, resolveSet);
  }
  const indirect = r.indirectExports.get(name);
  if (indirect !== undefined) {
    const target = r.requests[indirect.req];
    if (indirect.name === '*') return { module: target, namespace: true };
    return resolveExport(target, indirect.name, resolveSet);
  }
  if (name === 'default') return null;
  let star = null;
  const { stars } = r.meta;
  for (let i = 0; i < stars.length; i++) {
    const res = resolveExport(r.requests[stars[i]], name, resolveSet);
    if (res === AMBIGUOUS) return AMBIGUOUS;
    if (res === null) continue;
    if (star === null) {
      star = res;
    } else if (star.module !== res.module || star.name !== res.name ||
               star.namespace !== res.namespace) {
      return AMBIGUOUS;
    }
  }
  return star;
}

// The value of the binding res names. `shown` is the name node would put in a TDZ
// ReferenceError (the importer's local name).
function readBinding(res, shown = res.name) {
  const m = res.module;
  if (res.namespace) return getNamespace(m);
  const name = res.name;
  switch (m.format) {
    case 'module':
      return readLocal(m, name, shown);
    case 'builtin': {
      if (name === 'default') return m.builtinExports;
      // A built-in's named exports are its properties as first read, until
      // syncBuiltinESMExports() reads them again (node snapshots them likewise).
      const values = m.values ??= { __proto__: null };
      if (!(name in values)) values[name] = readBuiltinProperty(m.builtinExports, name);
      return values[name];
    }
    default:
      if (m.values === null) throw tdz(shown);
      return m.values[name];
  }
}

function readBuiltinProperty(exports, name) {
  try {
    return exports[name];
  } catch {
    return undefined; // a lazy property of the built-in that cannot load here
  }
}

// module.syncBuiltinESMExports(): built-ins' named exports take the current values
// of their properties.
function syncBuiltinESMExports() {
  for (const r of registry.values()) {
    if (r.format !== 'builtin' || r.values === null) continue;
    for (const name in r.values) r.values[name] = readBuiltinProperty(r.builtinExports, name);
  }
  // Importers that have started running hold `let`s to assign again (the rest read
  // the new values as they start).
  for (const r of registry.values()) {
    if (r.resync === undefined) continue;
    const { copies, synced } = r.plan;
    const values = [];
    for (let j = 0; j < synced.length; j++) values[copies.length + j] = readBinding(synced[j][1]);
    r.resync(values);
  }
}

// The current value of module m's local binding `name`.
function readLocal(m, name, shown) {
  const settled = m.settled;
  if (settled !== null && ObjectHasOwn(settled, name)) return settled[name];
  const getters = m.getters;
  if (getters === null || !ObjectHasOwn(getters, name)) throw tdz(shown);
  try {
    return getters[name]();
  } catch (err) {
    // JSC says "Cannot access uninitialized variable."; node names it.
    if (err instanceof ReferenceError && err.message === kJSCTDZ) throw tdz(shown);
    throw err;
  }
}

// A function that reads the binding res names (live).
function bindingGetter(res, shown = res.name) {
  return () => readBinding(res, shown);
}
const kJSCTDZ = 'Cannot access uninitialized variable.';

function exportedNames(r, seen = new Set()) {
  if (r.format !== 'module') return [...r.exportNames];
  if (seen.has(r)) return [];
  seen.add(r);
  const names = new Set(r.localExports.keys());
  for (const name of r.indirectExports.keys()) names.add(name);
  const { stars } = r.meta;
  for (let i = 0; i < stars.length; i++) {
    const starNames = exportedNames(r.requests[stars[i]], seen);
    for (let j = 0; j < starNames.length; j++) {
      if (starNames[j] !== 'default') names.add(starNames[j]);
    }
  }
  return [...names];
}

function getNamespace(r) {
  if (r.namespace !== undefined) return r.namespace;
  const names = [];
  const resolved = new Map();
  const sorted = exportedNames(r).sort();
  for (let i = 0; i < sorted.length; i++) {
    const name = sorted[i];
    const res = resolveExport(r, name);
    if (res === null || res === AMBIGUOUS) continue;
    names.push(name);
    resolved.set(name, res);
  }
  r.namespace = makeNamespace(names, (name) => bindingGetter(resolved.get(name)));
  return r.namespace;
}

// --- evaluation ------------------------------------------------------------------

function fail(r, err) {
  r.status = 'evaluated';
  r.hasError = true;
  r.error = err;
}

// Evaluates r after what it imports, depth first in import order. Returns
// undefined when r finished synchronously, or a promise when r or a dependency
// awaits at top level: a module waits only for its own dependencies, so a
// synchronous sibling of an awaiting module runs before it finishes.
function evaluate(r) {
  if (r.status === 'evaluated') {
    if (r.hasError) throw r.error;
    return r.promise;
  }
  if (r.status === 'evaluating') return r.promise;
  r.status = 'evaluating';
  try {
    let waits;
    const requests = r.requests;
    for (let i = 0; i < requests.length; i++) {
      const p = evaluate(requests[i]);
      if (p !== undefined) (waits ??= []).push(p);
    }
    if (waits !== undefined) {
      r.promise = settleWhen(r, Promise.all(waits).then(() => runBody(r)));
      return r.promise;
    }
    const result = runBody(r);
    if (result !== undefined) {
      r.promise = settleWhen(r, result);
      return r.promise;
    }
    r.status = 'evaluated';
    return undefined;
  } catch (err) {
    fail(r, err);
    throw err;
  }
}

// r is evaluated when p settles.
function settleWhen(r, p) {
  return p.then(() => {
    r.status = 'evaluated';
  }, (err) => {
    fail(r, err);
    throw err;
  });
}

function runBody(r) {
  switch (r.format) {
    case 'module': {
      const body = r.body;
      r.body = undefined;
      if (r.async) {
        return body(r, r.bodyMeta, r.bodyImporter, copiedValues(r))
          .then(() => fixDefaultName(r), (err) => {
            throw diagnostics().explainScopeError(err, r);
          });
      }
      try {
        if (typeof body === 'function') {
          body(r, r.bodyMeta, r.bodyImporter, copiedValues(r), r);
        } else {
          body.next(copiedValues(r));
        }
      } catch (err) {
        throw diagnostics().explainScopeError(err, r);
      }
      r.bodyMeta = r.bodyImporter = undefined;
      fixDefaultName(r);
      return undefined;
    }
    case 'commonjs':
      evaluateCommonJS(r);
      return undefined;
    case 'wasm':
      require('internal/modules/esm/wasm').instantiateWasm(r, (dep, name) => {
        const res = resolveExport(dep, name);
        if (res === null || res === AMBIGUOUS) {
          throw new SyntaxError(`The requested module '${dep.url}' does not provide an export named '${name}'`);
        }
        return readBinding(res);
      });
      return undefined;
    case 'synthetic': // a vm.SyntheticModule: its callback sets r.values
      r.evaluateSynthetic();
      return undefined;
    case 'json': {
      // A JSON file shares CommonJS's cache, as in node: import and require() see
      // one object (not when its URL has a query or fragment: that is another module).
      const shared = r.filename !== null && !/[?#]/.test(r.url);
      const { Module } = shared ? require('internal/modules/cjs/loader') : {};
      const cached = Module?._cache[r.filename];
      let value;
      if (cached?.loaded) {
        value = cached.exports;
      } else {
        try {
          value = JSON.parse(r.source.charCodeAt(0) === 0xFEFF ? r.source.slice(1) : r.source);
        } catch (err) {
          err.message = `${r.filename ?? r.url}: ${err.message}`;
          throw err;
        }
        if (Module !== undefined) {
          const m = new Module(r.filename, null);
          m.filename = r.filename;
          m.exports = value;
          m.loaded = true;
          Module._cache[r.filename] = m;
        }
      }
      r.values = { __proto__: null, default: value };
      r.source = undefined;
      return undefined;
    }
    default:
      return undefined;
  }
}

function evaluateCommonJS(r) {
  const { Module, loadedExports } = require('internal/modules/cjs/loader');
  const cached = Module._cache[r.filename];
  let exports;
  if (cached !== undefined) {
    // Still loading: a require() of an ES module under it imports it back.
    if (!cached.loaded) throw importCycleError(r);
    exports = loadedExports(cached);
  } else if (r.hookSource) {
    exports = compileCommonJS(Module, r);
  } else {
    exports = Module._load(r.filename, undefined, r.isMain);
  }
  const values = { __proto__: null, default: exports, 'module.exports': exports };
  const isObject = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
  for (const name of r.exportNames) {
    if (name !== 'default' && name !== 'module.exports') values[name] = isObject ? exports[name] : undefined;
  }
  r.values = values;
  r.source = undefined;
}

function importCycleError(r) {
  let message = `Cannot import CommonJS Module ${r.url} in a cycle.`;
  for (const importer of registry.values()) {
    const req = importer.status === 'evaluating' && importer.requests !== null ? importer.requests.indexOf(r) : -1;
    if (req !== -1) {
      message = `Cannot import CommonJS Module ${diagnostics().requestSpecifier(importer, req)} in a cycle. ` +
        `(from ${importer.filename ?? importer.url})`;
      break;
    }
  }
  return new codes.ERR_REQUIRE_CYCLE_MODULE(message);
}

// CommonJS source a load hook gave: compiled in place of the file's text.
function compileCommonJS(Module, r) {
  const filename = r.filename ?? r.url;
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = r.filename !== null ? Module._nodeModulePaths(path.dirname(r.filename)) : [];
  if (r.isMain) {
    process.mainModule = m;
    m.id = '.';
  }
  Module._cache[filename] = m;
  try {
    m._compile(r.source, filename);
  } catch (err) {
    delete Module._cache[filename];
    throw err;
  }
  m.loaded = true;
  return m.exports;
}

// --- entry points ----------------------------------------------------------------

function makeImportMeta(r) {
  const meta = { __proto__: null };
  if (r.filename !== null) {
    meta.dirname = path.dirname(r.filename);
    meta.filename = r.filename;
  }
  meta.main = r.isMain;
  // As node: a relative or file: URL resolves even when nothing is there, and a
  // URL of a scheme the loader cannot load is returned as it is.
  meta.resolve = function resolve(specifier, parentURL) {
    specifier = `${specifier}`;
    let parent = r.url;
    // --experimental-import-meta-resolve: a second argument names the parent.
    if (parentURL !== undefined &&
        require('internal/options').getOptionValue('--experimental-import-meta-resolve')) {
      if (typeof parentURL === 'string') {
        parent = parentURL;
      } else if (parentURL instanceof URL) {
        parent = parentURL.href;
      } else {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('parentURL', ['string', 'URL'], parentURL);
      }
    }
    try {
      return resolveURL(specifier, parent).url;
    } catch (err) {
      if (err?.code === 'ERR_UNSUPPORTED_ESM_URL_SCHEME') return err.url ?? specifier;
      if ((err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
          ObjectHasOwn(err, 'url')) {
        return err.url;
      }
      throw err;
    }
  };
  meta.url = r.url;
  return meta;
}

// Loads, links and evaluates r: its namespace, or a promise of it.
function run(r) {
  loadGraph(r);
  link(r);
  const p = evaluate(r);
  if (p !== undefined) return p.then(() => getNamespace(r));
  return getNamespace(r);
}

function attributesOf(options) {
  if (options === undefined) return { __proto__: null };
  if (options === null || typeof options !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const attrs = options.with; // not `assert`, which node 22+ ignores
  if (attrs === undefined) return { __proto__: null };
  if (attrs === null || typeof attrs !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('options.with', 'Object', attrs);
  }
  return { __proto__: null, ...attrs };
}

// import(specifier, options) from referrerURL: always a promise, settled after the
// caller's synchronous code, as in node.
function importModule(specifier, referrerURL, options, graph = '') {
  return Promise.resolve().then(() => {
    if (hooksAsync !== null && hooksAsync.active()) {
      const viaHooks = loaderAsync();
      return viaHooks.getModuleAsync(`${specifier}`, referrerURL, attributesOf(options), true, graph)
        .then((r) => viaHooks.runAsync(r));
    }
    const r = getModule(`${specifier}`, referrerURL, attributesOf(options), graph);
    return run(r);
  });
}

// import of specifier from parentURL now, for module.register() (which loads its
// hooks module before it returns, as node's): then(namespace), or a promise of it
// when the module awaits at top level.
function importModuleSync(specifier, parentURL, then) {
  const ns = run(getModule(specifier, parentURL, undefined, kHooksGraph));
  return ns instanceof Promise ? ns.then(then) : then(ns);
}

// --- asynchronous hooks (module.register) ----------------------------------------
// With hooks registered, resolving and loading are asynchronous: the graph is
// fetched by loader_async's loadGraphAsync, then linked and evaluated as any other.

let hooksAsync = null;
function useAsyncHooks() {
  if (hooksAsync === null) {
    hooksAsync = require('internal/modules/esm/hooks_async');
    require('internal/modules/cjs/loader').noteAsyncHooks();
  }
  return hooksAsync;
}

function asyncHooksActive() {
  return hooksAsync !== null && hooksAsync.active();
}

// The asynchronous path itself is internal/modules/esm/loader_async, loaded with
// the first hooks.
function loaderAsync() {
  return require('internal/modules/esm/loader_async');
}

function runAsync(r, wait) {
  return loaderAsync().runAsync(r, wait);
}

function entryRecordAsync(url) {
  return loaderAsync().getModuleAsync(url, undefined);
}

function importHooksModule(specifier, parentURL) {
  return loaderAsync().importHooksModule(specifier, parentURL);
}

function makeDynamicImport(referrerURL, graph = '') {
  return function importModuleDynamically(specifier, options) {
    const tracing = activeTracingChannel('module.import');
    if (tracing !== undefined) {
      const context = { parentURL: referrerURL === undefined ? undefined : `${referrerURL}`, url: specifier };
      return tracing.tracePromise(importModule, context, undefined, specifier, referrerURL, options, graph);
    }
    return importModule(specifier, referrerURL, options, graph);
  };
}

// The record for an entry point named by URL; format chosen as for an import.
function entryRecord(url, format, source) {
  let r = registry.get(url);
  if (r === undefined) {
    if (source === undefined) {
      const loaded = loadURL(url, { __proto__: null }, format);
      format = loaded.format ?? format; // what the file turned out to be (an extensionless Wasm module)
      source = loaded.source;
    }
    r = new ModuleRecord(url, format, source);
    registry.set(url, r);
  }
  return r;
}

// require() of an ES module: synchronous, so the graph must not await at top level.
function requireModule(filename, parentFilename) {
  const url = pathToFileURL(filename);
  const r = entryRecord(url, 'module', undefined);
  if (r.status === 'evaluating' && r.promise === undefined) {
    throw new codes.ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle.` +
      `${parentFilename ? ` (from ${parentFilename})` : ''} A cycle involving require(esm) is not ` +
      'allowed to maintain invariants mandated by the ECMAScript specification. Try making at ' +
      'least part of the dependency in the graph lazily loaded.');
  }
  loadGraph(r);
  link(r);
  const pending = graphOf(r, (x) => x.status !== 'evaluated' && x.status !== 'evaluating');
  for (const m of pending) {
    // A module of the graph imports one whose evaluation this require() interrupted.
    const req = m.requests.findIndex((d) => d.status === 'evaluating' && d.promise === undefined);
    if (req !== -1 && m.format === 'module') {
      throw new codes.ERR_REQUIRE_CYCLE_MODULE(`Cannot import Module ${diagnostics().requestSpecifier(m, req)} in a cycle. ` +
        `(from ${m.filename ?? m.url})`);
    }
  }
  const awaiting = pending.filter((m) => m.async);
  if (awaiting.length > 0) {
    // --experimental-print-required-tla runs the graph and shows each await first.
    if (!require('internal/options').getOptionValue('--experimental-print-required-tla')) {
      throw new codes.ERR_REQUIRE_ASYNC_MODULE(parentFilename, filename);
    }
    evaluate(r)?.catch(() => {});
    for (const m of awaiting) {
      const at = m.tlaLocation;
      internalBinding('fs').writeString(2, `Error: unexpected top-level await at ${m.url}:${at.line}\n` +
        `${at.text}\n${' '.repeat(at.column)}^\n\n`);
    }
    throw new codes.ERR_REQUIRE_ASYNC_MODULE(parentFilename, filename);
  }
  const p = evaluate(r);
  if (p !== undefined) throw new codes.ERR_REQUIRE_ASYNC_MODULE(parentFilename, filename);
  return getNamespace(r);
}

module.exports = {
  // For internal/modules/esm/loader_async.
  internals: {
    defaultLoad, defaultResolve, defaultFormat, detectFormat, fetchRecord, hooks, loadURL, ModuleRecord,
    kHooksGraph, registry, registryKey, run, transformRecord, validateAttributes,
    get hooksAsync() { return hooksAsync; },
  },
  registerHooks: hooks.registerHooks,
  asyncHooksActive,
  entryRecordAsync,
  getModule,
  importHooksModule,
  importModuleSync,
  runAsync,
  useAsyncHooks,
  ModuleRecord,
  entryRecord,
  evaluate,
  getNamespace,
  link,
  ModuleRecord,
  transformRecord,
  importModule,
  isModuleNamespace,
  makeDynamicImport,
  makeNamespace,
  registry,
  requireModule,
  resolveURL,
  syncBuiltinESMExports,
  run,
};
