'use strict';
// CommonJS: node's Module, its resolution algorithm and its caches. Tools patch
// Module._load, Module._resolveFilename, Module._extensions and
// Module.prototype._compile, so each step goes through those names.

const path = require('path');
const fsBinding = internalBinding('fs');
const { permissionEnabled } = require('internal/options');
const builtins = internalBinding('builtins');
const { BuiltinModule } = require;
// Loaded on first use: `-e` and a script outside any package need neither.
let packageJsonReader;
const packageJson = () => (packageJsonReader ??= require('internal/modules/package_json_reader'));
let packageExports;
const exportsResolver = () => (packageExports ??= require('internal/modules/exports'));
const { setFirstLineOffset } = require('internal/errors/line_offsets');
const { validateString } = require('internal/validators');
const { activeTracingChannel } = require('internal/diagnostics_channel/builtin');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE },
} = require('internal/errors');

const requireBuiltin = require;
const cjsConditions = new Set(['require', 'node', 'module-sync',
  ...requireBuiltin('internal/options').addonConditions(),
  ...require('internal/options').getOptionValues('--conditions')]); // plus --conditions / -C
const moduleParent = new WeakMap();
const statCache = new Map();

// Module._stat as the program set it (node lets a program replace it, with an
// ExperimentalWarning, to serve modules that are not files), or null. While one is
// set, module sources and real paths are read through fs.readFileSync and
// fs.realpathSync, which such a program replaces too.
let statHook = null;

// 0 for a file, 1 for a folder, a negative errno for neither.
function stat(filename) {
  return statHook === null ? fileStat(filename) : statHook(filename);
}

function fileStat(filename) {
  const cached = statCache.get(filename);
  if (cached !== undefined) return cached;
  const result = fsBinding.internalModuleStat(filename);
  // Only what exists is remembered: a file the program creates later is found.
  if (statCaching && result >= 0) statCache.set(filename, result);
  return result;
}
let statCaching = false;

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  moduleParent.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// module.parent: DEP0144, a warning under --pending-deprecation.
let parentWarned = false;
// DEP0144 (--pending-deprecation): once, on the first read or write of module.parent.
function warnParent() {
  if (!parentWarned && requireBuiltin('internal/options').pendingDeprecation) {
    parentWarned = true;
    process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
      'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
  }
}
Object.defineProperty(Module.prototype, 'parent', {
  get() {
    warnParent();
    return moduleParent.get(this);
  },
  set(value) {
    warnParent();
    moduleParent.set(this, value);
  },
  configurable: true,
});

// module.isPreloading: true while the -r modules load (run_main's preload), for
// them and anything they require; read-only, on the prototype, as node's.
let preloading = false;
function setPreloading(value) {
  preloading = value;
}
Object.defineProperty(Module.prototype, 'isPreloading', {
  get() { return preloading; },
  enumerable: false,
  configurable: false,
});

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.Module = Module;
// As node: the ids that need no scheme, then the node:-only ones.
// A loop, not spread and map: the engine compiles its own code for those on first
// use.
const builtinModules = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
for (const name of BuiltinModule.getSchemeOnlyModuleNames()) builtinModules.push(`node:${name}`);
Module.builtinModules = Object.freeze(builtinModules);

const kWrapperHead = '(function (exports, require, module, __filename, __dirname) { ';
const kWrapperTail = '\n});';
// A program may replace Module.wrapper or Module.wrap, or edit the wrapper array in
// place; the loader then compiles each module with what it was given (see _compile).
// node's are accessors that are neither enumerable nor configurable; plain writable
// properties of that shape cost less at start-up and behave the same.
function wrap(script) {
  return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
}
Object.defineProperties(Module, {
  wrapper: { value: [kWrapperHead, kWrapperTail], writable: true },
  wrap: { value: wrap, writable: true },
});

Module.isBuiltin = function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (moduleName.startsWith('node:')) return BuiltinModule.canBeRequiredByUsers(moduleName.slice(5));
  return BuiltinModule.canBeRequiredWithoutScheme(moduleName);
};

function initGlobalPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  Module.globalPaths = paths;
}

// Every node_modules folder from `from` up to the root, nearest first.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths[paths.length - 1] = '/node_modules';
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (BuiltinModule.canBeRequiredWithoutScheme(request) || request.startsWith('node:')) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths;
    if (parent?.paths?.length) paths = parent.paths.concat(Module.globalPaths);
    else paths = Module.globalPaths.slice();
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function toRealPath(requestPath) {
  if (statHook !== null) {
    try {
      return requireBuiltin('fs').realpathSync(requestPath);
    } catch {
      return requestPath;
    }
  }
  const r = fsBinding.realpath(requestPath);
  return typeof r === 'string' ? r : requestPath;
}

// --preserve-symlinks (modules) and --preserve-symlinks-main (the entry point) keep
// a module's path as it was reached instead of its real path.
let preserve;
function moduleFilename(requestPath, isMain) {
  if (preserve === undefined) {
    const { getOptionValue } = requireBuiltin('internal/options');
    preserve = { main: getOptionValue('--preserve-symlinks-main'), other: getOptionValue('--preserve-symlinks') };
  }
  return (isMain ? preserve.main : preserve.other) ? path.resolve(requestPath) : toRealPath(requestPath);
}

function tryFile(requestPath, isMain) {
  return stat(requestPath) === 0 ? moduleFilename(requestPath, isMain) : false;
}

// The lookups on require's path loop by index, not for-of: a program may have
// replaced Array.prototype[Symbol.iterator] or %ArrayIteratorPrototype%.next, and
// require must still work, as node's does.
function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJson().readPackage(requestPath);
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// The "exports" of a package found in nmPath, when request names one that has them.
function resolveExports(nmPath, request, parentPath) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return undefined;
  const pkgPath = path.resolve(nmPath, m[1]);
  const pkg = packageJson().readPackage(pkgPath);
  if (pkg?.exports == null) return undefined;
  try {
    return finalizeResolution(exportsResolver().packageExportsResolve(`${pkgPath}/`, `.${m[2] || ''}`, pkg.exports,
      parentPath, cjsConditions), pkgPath);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') throw notFoundFromEsm(err, request);
    throw err;
  }
}

// The file a package's "exports"/"imports" named must exist; node's error for a
// missing one carries the package's folder as `path`.
function finalizeResolution(resolved, pkgDir) {
  const kind = stat(resolved);
  if (kind === 0) return moduleFilename(resolved, false);
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = pkgDir.endsWith('/') ? pkgDir.slice(0, -1) : pkgDir;
  throw err;
}

function notFoundFromEsm(err, request) {
  const e = new Error(err.message);
  e.code = 'MODULE_NOT_FOUND';
  void request;
  return e;
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;

  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');

  // A request that leaves its folder (`../x`) is looked up even when that folder is
  // gone, as node does.
  const insidePath = !path.normalize(request).startsWith('..');
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = moduleFilename(basePath, isMain);
      if (!filename) {
        exts ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// The working directory as a folder path ("dir/"); undefined once it is removed.
function cwdFolder() {
  try {
    return process.cwd() + path.sep;
  } catch {
    return undefined;
  }
}

// A package requiring itself by name, through its own "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = packageJson().getPackageScopeConfig(parentPath);
  if (!pkg || pkg.exports == null || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) expansion = '.';
  else if (request.startsWith(`${pkg.name}/`)) expansion = `.${request.slice(pkg.name.length)}`;
  else return false;
  const pkgDir = pkg.pjsonPath.slice(0, -'package.json'.length);
  try {
    return finalizeResolution(exportsResolver().packageExportsResolve(pkgDir, expansion, pkg.exports, parentPath,
      cjsConditions), pkgDir);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') throw notFoundFromEsm(err, request);
    throw err;
  }
}

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParent.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

// module.registerHooks also governs require(): set by internal/modules/esm/hooks
// while hooks are registered, null otherwise.
let requireHooks = null;
function setRequireHooks(hooks) {
  requireHooks = hooks;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (requireHooks !== null) return requireHooks.resolve(request, parent, isMain, options, resolveFilename);
  return resolveFilename(request, parent, isMain, options);
};

function resolveFilename(request, parent, isMain, options) {
  if (BuiltinModule.canBeRequiredWithoutScheme(request)) return request;
  if (request.startsWith('node:')) {
    if (BuiltinModule.canBeRequiredByUsers(request.slice(5))) return request;
  }

  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request === '.' || request === '..' || request.startsWith('./') ||
      request.startsWith('../');
    if (isRelative) {
      if (!options.paths.every((p) => typeof p === 'string')) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('paths', 'array of strings', options.paths);
      }
      paths = options.paths;
    } else {
      const fake = new Module('', null);
      paths = [];
      for (const p of options.paths) {
        fake.paths = Module._nodeModulePaths(p);
        for (const lookup of Module._resolveLookupPaths(request, fake) ?? []) {
          if (!paths.includes(lookup)) paths.push(lookup);
        }
      }
    }
  } else if (options?.paths === undefined) {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? process.cwd() + path.sep;
    const pkg = packageJson().getPackageScopeConfig(parentPath);
    if (pkg?.imports != null) {
      const resolveBare = (specifier) => Module._resolveFilename(specifier, parent, false);
      return finalizeResolution(exportsResolver().packageImportsResolve(request, pkg, parentPath, cjsConditions,
        resolveBare), path.dirname(pkg.pjsonPath));
    }
  }

  // The REPL's and --require's modules have no file: their package is the
  // working directory's, as in node.
  const parentPath = parent?.filename ||
    (parent?.id === '<repl>' || parent?.id === 'internal/preload' ? cwdFolder() : undefined);
  if (parentPath) {
    const selfResolved = trySelf(parentPath, request);
    if (selfResolved) {
      Module._pathCache[request + '\x00' + (paths?.length === 1 ? paths[0] : paths?.join('\x00'))] = selfResolved;
      return selfResolved;
    }
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
}

function loadBuiltin(id) {
  const mod = loadBuiltinModule(id);
  return mod;
}

function loadBuiltinModule(id) {
  return requireBuiltin(id);
}

// Whether a watch mode process runs this one: each file loaded is then reported
// (internal/modules/watch_report.js). Decided at the first file.
let underWatchMode;

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    if (!cached.loaded) {
      if (esmBeingRequired.has(cached)) throw requireCycleError(cached);
      return exportsForCircularRequire(cached);
    }
    return cached.exports;
  }
  if (filename.startsWith('node:')) return loadBuiltin(filename.slice(5));
  if (BuiltinModule.canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setMainModule(module);
    module.id = '.';
  }
  underWatchMode ??= process.env.WATCH_REPORT_DEPENDENCIES !== undefined;
  if (underWatchMode) requireBuiltin('internal/modules/watch_report').reportRequire(filename);
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const children = parent?.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

function setMainModule(module) {
  process.mainModule = module;
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
  exportsAtLoad.set(this, this.exports);
  const warned = circularExports.get(this);
  if (warned !== undefined && Object.getPrototypeOf(warned) === circularWarningProxy) {
    Object.setPrototypeOf(warned, Object.prototype);
  }
};

// A module required again while it is still loading (an import cycle) gives out
// its unfinished exports; as node does, reading a property they do not have warns
// (through a prototype that is put back once the module has loaded).
const circularWarningProxy = new Proxy({}, {
  get(target, prop, receiver) {
    if (prop in Object.prototype) return Reflect.get(Object.prototype, prop, receiver);
    if (prop !== '__esModule') warnCircularAccess(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (prop !== '__esModule' && !(prop in Object.prototype)) warnCircularAccess(prop);
    return undefined;
  },
});

function warnCircularAccess(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}

const circularExports = new WeakMap(); // module -> the exports given the warning prototype

// ES modules that require() is loading (internal/modules/esm/require): one required
// again before it has finished is a cycle node refuses (its namespace cannot exist yet).
const esmBeingRequired = new WeakSet();
function requireCycleError(module) {
  const parent = moduleParent.get(module);
  const { codes } = requireBuiltin('internal/errors');
  return new codes.ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${module.id} in a cycle.` +
    `${parent?.filename ? ` (from ${parent.filename})` : ''}`);
}

function exportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' && !circularExports.has(module) &&
      !requireBuiltin('internal/util/types').types.isProxy(exports) &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularWarningProxy);
    circularExports.set(module, exports);
  }
  return exports;
}

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  if (moduleTimerOn()) return timedRequire(this, id);
  return requireNow(this, id);
};

function requireNow(module, id) {
  const tracing = activeTracingChannel('module.require');
  if (tracing !== undefined) {
    return tracing.traceSync(Module._load, { parentFilename: module.filename, id }, Module, id, module, false);
  }
  return Module._load(id, module, false);
}

// The module timer, as node's: with NODE_DEBUG=module_timer each require() prints
// `MODULE_TIMER <pid> [<parent id>] [<request>]: <time>` on stderr, and with the
// node.module_timer trace category it records a span named require('<request>').
// Checked per require (tracing may start at run time): one boolean and, while
// nothing is traced, one binding call.
const traceEvents = internalBinding('trace_events');
const kTimerGroup = 'node,node.module_timer'; // node's category group: 'node' turns it on too
let timerLogged; // whether NODE_DEBUG names module_timer, read at the first require
function moduleTimerOn() {
  timerLogged ??= process.env.NODE_DEBUG ? requireBuiltin('internal/util/debuglog').debuglog('module_timer').enabled : false;
  return timerLogged || traceEvents.active();
}

function timedRequire(module, id) {
  const traceState = requireBuiltin('internal/trace_events/state');
  const traced = traceState.isEnabled(kTimerGroup);
  const traceName = `require('${id}')`;
  const traceId = traced ? traceState.newTraceId() : 0;
  if (traced) traceState.trace('b', kTimerGroup, traceName, traceId);
  const start = process.hrtime.bigint();
  try {
    return requireNow(module, id);
  } finally {
    if (traced) traceState.trace('e', kTimerGroup, traceName, traceId);
    if (timerLogged) {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const time = ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${Number(ms.toFixed(3))}ms`;
      process.stderr.write(`MODULE_TIMER ${process.pid} [${module.id || ''}] [${id}]: ${time}\n`);
    }
  }
}

// Hashbang lines become comments of the same length, so columns stay put.
function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) return `//${content.slice(2)}`;
  return content;
}

function compileWrapper(content, filename) {
  setFirstLineOffset(filename, Module.wrapper[0].length);
  const body = stripShebang(content);
  try {
    return builtins.compileFunction(body, filename, Module.wrapper[0], Module.wrapper[1]);
  } catch (err) {
    if (err instanceof SyntaxError) {
      locateSyntaxError(err, body, filename, Module.wrapper[0]);
      compileErrors.set(err, filename);
    }
    throw err;
  }
}

// SyntaxErrors from compiling a file, by error: module syntax in one that is not
// retried as an ES module gets node's hint (see Module._extensions['.js']).
const compileErrors = new WeakMap();
const kModuleSyntaxMessages = new Set(['Cannot use import statement outside a module',
  "Unexpected token 'export'", "Cannot use 'import.meta' outside a module"]);

// Gives a SyntaxError from compiling a file node's location (line and column in
// the user's text) and drops the line/sourceURL properties JSC adds to it.
function locateSyntaxError(err, body, filename, prefix) {
  const found = builtins.locateSyntaxError(`${prefix}${body}\n})`, filename, false);
  if (found !== null) {
    const [line] = found;
    const text = body.split(/\r?\n/)[line - 1] ?? '';
    const { message, column, width } = requireBuiltin('internal/modules/syntax_message')
      .v8SyntaxError(err.message, text, false);
    if (message !== err.message) err.message = message;
    requireBuiltin('internal/errors/stack').setSyntaxLocation(err, { fileName: filename, line, column, syntax: true, width });
  }
  for (const key of ['line', 'column', 'sourceURL']) delete err[key];
}

// Code that calls import() gets it as a sixth parameter: src/esm renames `import(`
// to `_$imp$(` (same length), since JSC's C API has no module loader of its own.
const importWrapper = '(function (exports, require, module, __filename, __dirname, _$imp$) { ';
function withDynamicImport(content) {
  return content.includes('import') ? internalBinding('esm').transformDynamicImport(content) : null;
}

Module.prototype._compile = function _compile(content, filename) {
  let compiled;
  let importer;
  if (content.includes('sourceMappingURL')) {
    requireBuiltin('internal/modules/source_maps').maybeCacheSourceMap(filename, content, this);
  }
  if (Module.wrap === wrap && Module.wrapper[0] === kWrapperHead && Module.wrapper[1] === kWrapperTail) {
    const rewritten = withDynamicImport(content);
    if (rewritten !== null) {
      setFirstLineOffset(filename, importWrapper.length);
      compiled = builtins.compileFunction(stripShebang(rewritten), filename, importWrapper, kWrapperTail);
      const { makeDynamicImport } = requireBuiltin('internal/modules/esm/loader');
      importer = makeDynamicImport(requireBuiltin('internal/modules/esm/url').pathToFileURL(filename));
    } else {
      compiled = compileWrapper(content, filename);
    }
  } else {
    compiled = builtins.compileFunction(Module.wrap(stripShebang(content)), filename, '', '');
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return compiled.call(exports, exports, require, this, filename, dirname, importer);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function readSource(filename) {
  if (requireHooks !== null) {
    const format = filename.endsWith('.json') ? 'json' : 'commonjs';
    return requireHooks.load(filename, format, readFileSource);
  }
  return readFileSource(filename);
}

function readFileSource(filename) {
  if (permissionEnabled) require('internal/process/permission').checkRead(filename);
  if (statHook !== null) return requireBuiltin('fs').readFileSync(filename, 'utf8');
  const content = fsBinding.readFileUtf8(filename);
  if (typeof content === 'number') {
    const { uvException } = require('internal/errors');
    throw uvException({ errno: content, syscall: 'open', path: filename });
  }
  return content;
}

function isESMFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  return packageJson().getNearestParentPackageJSONType(filename) === 'module';
}

Module._extensions['.js'] = function(module, filename) {
  if (isESMFile(filename)) {
    return requireBuiltin('internal/modules/esm/require').requireESM(module, filename,
      moduleParent.get(module)?.filename);
  }
  const content = readSource(filename);
  try {
    module._compile(stripBOM(content), filename);
  } catch (err) {
    // A .js file outside any "type" whose syntax is ES module syntax is one (node's
    // --experimental-detect-module, on by default).
    // With --no-experimental-require-module node keeps the SyntaxError for these.
    if (err instanceof SyntaxError && !filename.endsWith('.cjs') && requireModuleEnabled() &&
        isModuleSource(filename, content, err)) {
      return requireBuiltin('internal/modules/esm/require').requireESM(module, filename,
        moduleParent.get(module)?.filename);
    }
    if (compileErrors.get(err) === filename && kModuleSyntaxMessages.has(err.message)) {
      requireBuiltin('internal/process/warning').emitWarningSync(`Failed to load the ES module: ` +
        `${filename}. Make sure to set "type": "module" in the nearest package.json file or use the ` +
        '.mjs extension.');
    }
    throw err;
  }
};

// Whether a file that failed to compile as CommonJS with `err` is an ES module: it
// has module syntax, or it declares one of the wrapper's variables at top level
// (`const require = ...`), which only a module may.
const kWrapperRedeclared = /^(?:Cannot declare a (?:const variable|let variable|class) twice: '(?:require|module|exports|__filename|__dirname)'\.|Identifier '(?:require|module|exports|__filename|__dirname)' has already been declared)$/;
function requireModuleEnabled() {
  return requireBuiltin('internal/options').getOptionValue('--experimental-require-module', true);
}

function detectModule() {
  return requireBuiltin('internal/options').getOptionValue('--experimental-detect-module', true);
}

function isModuleSource(filename, content, err) {
  if (packageJson().getNearestParentPackageJSONType(filename) === 'commonjs' || !detectModule()) return false;
  return kWrapperRedeclared.test(err.message) || internalBinding('esm').hasModuleSyntax(content);
}

// node --check of a file: compiled as loading it would compile it (CommonJS, or an
// ES module by extension, package type or syntax), and not run. Throws the
// SyntaxError, located in the user's text.
function checkFileSyntax(filename) {
  const content = stripBOM(readFileSource(filename));
  if (!isESMFile(filename)) {
    try {
      compileWrapper(content, filename);
      return;
    } catch (err) {
      if (!(err instanceof SyntaxError) || filename.endsWith('.cjs') || !isModuleSource(filename, content, err)) {
        throw err;
      }
    }
  }
  const url = requireBuiltin('internal/modules/esm/url').pathToFileURL(filename).href;
  const found = builtins.locateSyntaxError(content, url, true);
  if (found !== null) throw requireBuiltin('internal/modules/esm/diagnostics').syntaxError({ source: content, url }, found[2]);
}

Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

// The `require` a module gets (internal/modules/helpers, where node defines it too:
// stacks through it name that file).
function makeRequireFunction(mod) {
  return requireBuiltin('internal/modules/helpers').makeRequireFunction(mod, Module);
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = requireBuiltin('internal/modules/esm/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = requireBuiltin('internal/modules/esm/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

// A main .js file in no "type" scope that has ES module syntax runs as a module.
function isAmbiguousModule(filename) {
  if (!filename.endsWith('.js') || packageJson().getNearestParentPackageJSONType(filename) !== 'none' ||
      !detectModule()) {
    return false;
  }
  const content = fsBinding.readFileUtf8(filename);
  if (typeof content !== 'string' || !/\b(?:import|export|await)\b/.test(content)) return false;
  return internalBinding('esm').hasModuleSyntax(content);
}

// A module's exports as it finished loading: what an import of it sees (node's ES
// module loader takes them then), even if module.exports changes afterwards.
const exportsAtLoad = new WeakMap();
function loadedExports(module) {
  return exportsAtLoad.has(module) ? exportsAtLoad.get(module) : module.exports;
}

// module.register() was called: the entry point then loads through its hooks.
let asyncHooksRegistered = false;

function noteAsyncHooks() {
  asyncHooksRegistered = true;
}

// Runs the program's entry point: resolves it like node (extensions, directories).
Module.runMain = function runMain(main = process.argv[1]) {
  const resolved = Module._findPath(path.resolve(main), null, true) || path.resolve(main);
  statCaching = true;
  try {
    if (asyncHooksRegistered || (stat(resolved) === 0 &&
        (isESMFile(resolved) || resolved.endsWith('.wasm') || isAmbiguousModule(resolved)))) {
      // A detected module's format is found again by the ES module loader, which
      // warns about its typeless package.json as node does.
      return requireBuiltin('internal/modules/esm/run_main').runMainESM(resolved,
        isESMFile(resolved) ? 'module' : undefined);
    }
    Module._load(main.startsWith('/') ? main : path.resolve(main), null, true);
  } finally {
    statCaching = false;
    statCache.clear();
  }
};

Module._initPaths = initGlobalPaths;
const defaultStat = function _stat(filename) {
  return fileStat(`${filename}`);
};
Object.defineProperty(Module, '_stat', {
  get() { return statHook ?? defaultStat; },
  set(fn) {
    requireBuiltin('internal/util').emitExperimentalWarning('Module._stat');
    statHook = fn === defaultStat ? null : fn;
  },
  enumerable: false,
  configurable: true,
});
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  requireBuiltin('internal/modules/esm/loader').syncBuiltinESMExports();
};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module._debug = function() {};
Module.prototype._compileFunction = compileWrapper;

initGlobalPaths();

module.exports = {
  Module, checkFileSyntax, setPreloading, esmBeingRequired, loadedExports, locateSyntaxError, makeRequireFunction, noteAsyncHooks, cjsConditions, requireStackOf, setRequireHooks,
};
