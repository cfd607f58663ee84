'use strict';
// node:vm over internalBinding('contextify'): each context is a second JSC global
// in the same context group whose global property accesses go to the sandbox.
//
// Differences from node, each an engine limit (README lists them): `this` at the
// top of a script run in a context is the context's global, not the sandbox
// object; cached data holds no compiled code (JSC's C API has no code cache): it
// identifies the source, so it is accepted for the same source and rejected for
// another; microtaskMode is accepted and ignored; `timeout` and breakOnSigint
// interrupt only loops of the script's own code (see the interrupt section below).

const binding = internalBinding('contextify');
const { codes } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject, validateString,
  validateStringArray, validateUint32, validateArray,
  kValidateObjectAllowArray, kValidateObjectAllowFunction, kValidateObjectAllowNullable,
} = require('internal/validators');

const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;

const kDefaultFilename = 'evalmachine.<anonymous>';
const { globalOfSandbox, sandboxOfGlobal } = require('internal/vm/contexts');
// The names each context global had when made, so a run can copy the rest back.
const builtinNames = new WeakMap();
// The contexts made here, for measureMemory({ mode: 'detailed' }).
const liveContexts = new Set();

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return globalOfSandbox.has(object) || binding.isContextGlobal(object);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const global = binding.makeContext(undefined);
    require('internal/vm/global_prototype').allowPrototypeChange(binding, global);
    disableProto(global);
    builtinNames.set(global, new Set(Reflect.ownKeys(global)));
    liveContexts.add(new WeakRef(global));
    return global;
  }
  if (contextObject !== null && typeof contextObject === 'object' &&
      globalOfSandbox.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'contextObject', kValidateObjectAllowObjects);
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined && microtaskMode !== 'afterEvaluate') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.microtaskMode', microtaskMode);
  }
  const global = binding.makeContext(contextObject);
  require('internal/vm/global_view').installGlobalView(binding, global, contextObject);
  require('internal/vm/global_prototype').allowPrototypeChange(binding, global);
  disableProto(global);
  if (codeGeneration?.strings === false) binding.disallowStrings(global);
  if (codeGeneration?.wasm === false) disallowWasm(global);
  builtinNames.set(global, new Set(Reflect.ownKeys(global)));
  mirrorSymbols(global, contextObject);
  liveContexts.add(new WeakRef(global));
  globalOfSandbox.set(contextObject, global);
  sandboxOfGlobal.set(global, contextObject);
  return contextObject;
}

// --disable-proto applies to the context's Object.prototype too.
function disableProto(global) {
  const proto = require('internal/process/disable_proto');
  if (proto.mode === undefined) return;
  const get = binding.run(global, '(function () { return Object.prototype; })', kDefaultFilename, 0);
  proto.disableProto(binding.withoutSandbox(global, get));
}

// codeGeneration: { wasm: false }: compiling WebAssembly bytes in the context fails
// with node's CompileError (instantiating an already compiled Module still works).
function disallowWasm(global) {
  const install = binding.run(global, `(function () {
    const W = WebAssembly;
    const message = (fn) => \`WebAssembly.\${fn}(): Wasm code generation disallowed by embedder\`;
    const { Module, instantiate: origInstantiate } = W;
    W.Module = new Proxy(Module, {
      construct() { throw new W.CompileError(message('Module')); },
    });
    W.compile = function compile() { return Promise.reject(new W.CompileError(message('compile'))); };
    W.instantiate = function instantiate(source, imports) {
      if (source instanceof Module) return origInstantiate.call(W, source, imports);
      return Promise.reject(new W.CompileError(message('instantiate')));
    };
    delete W.compileStreaming;
    delete W.instantiateStreaming;
  })`, kDefaultFilename, 0);
  binding.withoutSandbox(global, install);
}

function contextGlobal(contextifiedObject) {
  const global = globalOfSandbox.get(contextifiedObject);
  if (global !== undefined) return global;
  validateObject(contextifiedObject, 'object', kValidateObjectAllowObjects);
  if (contextifiedObject !== null && typeof contextifiedObject === 'object' &&
      binding.isContextGlobal(contextifiedObject)) {
    return contextifiedObject;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
}

// The sandbox's symbol-keyed properties, seen from inside the context. JSC hands
// the global's property callbacks a symbol key as its description string, so they
// cannot forward a symbol: each symbol the sandbox has (own or inherited) is given
// to the global instead as an accessor that reads and writes the sandbox's. Done
// when the context is made and again before each run, for symbols added since.
function mirrorSymbols(global, sandbox) {
  const known = builtinNames.get(global);
  for (let o = sandbox; o !== null && o !== Object.prototype; o = Reflect.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertySymbols(o)) {
      if (known.has(key)) continue;
      known.add(key);
      binding.withoutSandbox(global, defineMirror, global, sandbox, key);
    }
  }
}

function defineMirror(global, sandbox, key) {
  if (Object.prototype.hasOwnProperty.call(global, key)) return;
  Reflect.defineProperty(global, key, {
    get() { return sandbox[key]; },
    set(value) { sandbox[key] = value; },
    enumerable: false,
    configurable: true,
  });
}

// Declarations at a script's top level become own properties of the context's
// global without passing through the sandbox: copy the new ones over. (Symbol
// keys are never declared: one written inside stays on the global, as in node.)
function copyBack(global) {
  const sandbox = sandboxOfGlobal.get(global);
  if (sandbox === undefined) return;
  const known = builtinNames.get(global);
  for (const key of Object.getOwnPropertyNames(global)) {
    if (known.has(key) || Object.prototype.hasOwnProperty.call(sandbox, key)) continue;
    const desc = Reflect.getOwnPropertyDescriptor(global, key);
    if (desc !== undefined) Reflect.defineProperty(sandbox, key, desc);
  }
}

// Node's "arrow message": an error thrown out of a script (displayErrors) gets the
// script's location, source line and a caret above its stack, and errors made in
// another context get V8's stack format like the main context's.
const decorated = new WeakSet();
function decorate(err, source, filename, lineOffset) {
  if (err === null || typeof err !== 'object' || decorated.has(err)) return;
  const { v8Stack, topFrame } = require('internal/errors/stack');
  let stack;
  let frame;
  try {
    frame = topFrame(err);
    stack = v8Stack(err);
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  let arrow = '';
  if (frame && frame.fileName === filename && frame.line != null) {
    const text = source.split('\n')[frame.line - 1 - lineOffset];
    if (text !== undefined) {
      let col = Math.max(0, (frame.column ?? 1) - 1);
      const t = text.lastIndexOf('throw', col);
      if (t !== -1) col = t;
      arrow = `${filename}:${frame.line}\n${text}\n${' '.repeat(col)}^\n\n`;
    }
  }
  decorated.add(err);
  try {
    Object.defineProperty(err, 'stack', {
      value: arrow + stack, writable: true, enumerable: false, configurable: true,
    });
  } catch {
    // a frozen error keeps its stack
  }
}

// binding.checkSyntax, with the SyntaxError node gives: V8's words, no JSC
// line/column/sourceURL properties, and the location in the user's text (the
// caret line above its stack, and for the report of an uncaught error). prefix:
// the length of a wrapper before the code on its first line (compileFunction).
function checkSyntax(source, filename, lineOffset, prefix = 0) {
  try {
    binding.checkSyntax(source, filename, lineOffset);
  } catch (err) {
    if (err instanceof SyntaxError) locateSyntaxError(err, source, filename, lineOffset, prefix);
    throw err;
  }
}

function locateSyntaxError(err, source, filename, lineOffset, prefix) {
  const line = err.line;
  for (const key of ['line', 'column', 'sourceURL']) delete err[key];
  if (typeof line !== 'number') return;
  const index = line - 1 - lineOffset;
  let text = source.split(/\r?\n/)[index];
  if (text === undefined) return;
  if (index === 0 && prefix > 0) text = text.slice(prefix);
  const stackModule = require('internal/errors/stack');
  const { message, column, width } = require('internal/modules/syntax_message')
    .v8SyntaxError(err.message, text, false);
  err.message = message;
  stackModule.setSyntaxLocation(err, { fileName: filename, line, column, syntax: true, width });
  // The stack starts at the vm function that compiled the code, as node's.
  const frames = stackModule.parseStack(err.stack) ?? [];
  while (frames.length > 0 && (frames[0].native || (frames[0].fileName === 'node:vm' &&
         frames[0].functionName === 'checkSyntax'))) {
    frames.shift();
  }
  const pad = text.slice(0, column - 1).replace(/[^\t]/g, ' ');
  const arrow = `${filename}:${line}\n${text}\n${pad}${'^'.repeat(width)}\n\n`;
  decorated.add(err);
  Object.defineProperty(err, 'stack', {
    value: arrow + stackModule.stackHeader(err) +
      stackModule.formatFrames(frames.slice(0, stackModule.limit())),
    writable: true, enumerable: false, configurable: true,
  });
}

// The options of Script#runIn*(); vm.runIn*() turn a filename string into an object
// first (scriptOptions()), the Script methods take objects only.
function runOptions(options) {
  if (options === undefined) return { timeout: 0, displayErrors: true, breakOnSigint: false };
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout: timeout ?? 0, displayErrors, breakOnSigint };
}

// --- interrupting a run: timeout and breakOnSigint -------------------------------
//
// JSC's own termination cannot be caught by the vm caller (contextify_interrupt.c
// says why), so a run with either option executes a copy of the script whose loop
// conditions call interruptCheck(). C sets interruptState[0] when the alarm for the
// nearest deadline rings or SIGINT arrives; the check then throws the error of the
// outermost run that is due, and keeps throwing it (a try/catch inside the script
// cannot swallow it) until that run unwinds and reports it to its caller.

const kCheckName = '__eddy_vm_interrupt_check__';
const interruptState = new Int32Array(2);
let interruptReady = false;
const runs = []; // active interruptible runs, outermost first

function nowMs() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

function interruptCheck() {
  if (interruptState[0] !== 0) interrupted();
  return true;
}

function interrupted() {
  const sigint = interruptState[1] !== 0;
  const now = nowMs();
  for (const run of runs) {
    if (run.error !== undefined) throw run.error;
    if (run.timeout > 0 && now >= run.deadline) {
      run.error = new codes.ERR_SCRIPT_EXECUTION_TIMEOUT(run.timeout);
    } else if (sigint && run.breakOnSigint) {
      run.error = new codes.ERR_SCRIPT_EXECUTION_INTERRUPTED();
    } else {
      continue;
    }
    throw run.error;
  }
  rearm(); // a stale alarm: nothing is due
}

// Makes interruptState and the alarm match the active runs.
function rearm() {
  const watchSigint = runs.some((run) => run.breakOnSigint);
  if (!watchSigint) {
    binding.watchSigint(false);
    interruptState[1] = 0;
  }
  interruptState[0] = 0;
  let deadline = Infinity;
  for (const run of runs) {
    if (run.error !== undefined || (watchSigint && interruptState[1] !== 0)) {
      interruptState[0] = 1;
    }
    if (run.timeout > 0 && run.deadline < deadline) deadline = run.deadline;
  }
  binding.setAlarm(deadline === Infinity ? -1 : Math.max(0, deadline - nowMs()));
}

// Binds name to value as a global lexical binding of the context (once): visible
// to the scripts run there, not a property of its global object.
const lexicalNames = new WeakMap(); // global (or kMainKey) -> Set of names bound
const kMainKey = {};
function installLexical(global, name, value) {
  const key = global ?? kMainKey;
  let names = lexicalNames.get(key);
  if (names === undefined) lexicalNames.set(key, names = new Set());
  if (names.has(name)) return;
  const bind = binding.run(global, `let ${name}; (f) => { ${name} = f; }`, kDefaultFilename, 0);
  bind(value);
  names.add(name);
}

function installCheck(global) {
  installLexical(global, kCheckName, interruptCheck);
}

// Calls fn() as an interruptible run (of code compiled with interrupt points).
function callInterruptible(timeout, breakOnSigint, fn) {
  if (!interruptReady) {
    binding.setInterruptState(interruptState);
    interruptReady = true;
  }
  const run = { timeout, deadline: nowMs() + timeout, breakOnSigint, error: undefined };
  runs.push(run);
  if (breakOnSigint) binding.watchSigint(true);
  rearm();
  let result;
  try {
    result = fn();
  } finally {
    runs.pop();
    rearm();
    // The run was interrupted: that is what its caller gets, whatever the
    // script did with the error on the way out.
    if (run.error !== undefined) throw run.error; // eslint-disable-line no-unsafe-finally
  }
  return result;
}

function prepareInterrupts(global) {
  installCheck(global);
}

function runInterruptible(global, source, filename, lineOffset, timeout, breakOnSigint) {
  prepareInterrupts(global);
  return callInterruptible(timeout, breakOnSigint,
    () => binding.run(global, source, filename, lineOffset));
}

let setSourceText;
const columnShifted = new Set(); // file names given a columnOffset
function evaluate(global, script, options) {
  const { source, filename, lineOffset, importer } = script;
  const { timeout, displayErrors, breakOnSigint } = options;
  // Stack frames map JSC's columns to V8's by reading the source line.
  setSourceText ??= require('internal/util/source').setSourceText;
  setSourceText(filename, script.sourceText, lineOffset);
  if (script.columnOffset !== 0 || columnShifted.has(filename)) {
    require('internal/errors/stack').setColumnOffset(filename, lineOffset + 1, script.columnOffset);
    if (script.columnOffset !== 0) columnShifted.add(filename);
    else columnShifted.delete(filename);
  }
  try {
    if (importer !== undefined) importInContext(global, importer);
    const sandbox = global === null ? undefined : sandboxOfGlobal.get(global);
    if (sandbox !== undefined) mirrorSymbols(global, sandbox);
    if (timeout > 0 || breakOnSigint) {
      // Even a script without loops is a run: what it calls may be interruptible.
      const code = script.interruptible() ?? source;
      return runInterruptible(global, code, filename, lineOffset, timeout, breakOnSigint);
    }
    return binding.run(global, source, filename, lineOffset);
  } catch (err) {
    if (displayErrors) decorate(err, source, filename, lineOffset);
    throw err;
  } finally {
    if (global !== null) copyBack(global);
  }
}

// --- import() in vm code --------------------------------------------------------
//
// JSC's C API has no module loader, so import() in a script or compiled function is
// renamed by src/esm to a call of `_$imp$` (as for CommonJS modules). For a
// function it is a parameter of a wrapper; for a script it is a lexical binding of
// the context that forwards to the importer of the script run there last. As node
// without --experimental-vm-modules (vm.Module is absent here), an
// importModuleDynamically function is never called: import() rejects with
// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG; USE_MAIN_CONTEXT_DEFAULT_LOADER
// imports through the main loader.

const kImportName = '_$imp$';
const importers = new WeakMap(); // global (or kMainKey) -> importer of the last script run

function withDynamicImport(code) {
  return code.includes('import') ? internalBinding('esm').transformDynamicImport(code) : null;
}

function validateImportModuleDynamically(value) {
  if (value !== undefined && typeof value !== 'function' && typeof value !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.importModuleDynamically',
      ['function', 'symbol'], value);
  }
}

// What import() in a script named filename resolves against with the main loader:
// the file (a path or URL), else the current directory.
function defaultReferrer(filename) {
  const { pathToFileURL } = require('internal/modules/esm/url');
  if (require('path').isAbsolute(filename)) return pathToFileURL(filename);
  if (URL.canParse(filename)) return new URL(filename).href;
  return pathToFileURL(`${process.cwd()}/`);
}

// referrerOf() is the Script, function or module that import() is called from, as
// the callback gets it.
function makeImporter(importModuleDynamically, filename, referrerOf) {
  if (importModuleDynamically === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER ||
      importModuleDynamically === require('internal/vm/loader_symbols').kReplMainLoader) {
    if (importModuleDynamically === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
      require('internal/util').emitExperimentalWarning('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER');
    }
    const referrer = defaultReferrer(filename);
    return (specifier, options) =>
      require('internal/modules/esm/loader').makeDynamicImport(referrer)(specifier, options);
  }
  if (typeof importModuleDynamically === 'function') {
    if (!vmModulesEnabled) {
      return () => Promise.reject(new codes.ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG());
    }
    const importer = (specifier, options, phase = 'evaluation') => Promise.resolve().then(() => {
      const attributes = { __proto__: null, ...(options?.with ?? options?.assert) };
      return importModuleDynamically(`${specifier}`, referrerOf(), attributes, phase);
    }).then((result) => (phase === 'source' ? vmModules().sourceOf(result) : vmModules().namespaceOf(result)));
    // import.source(): the same callback, asked for the source phase.
    importer.source = (specifier, options) => importer(specifier, options, 'source');
    return importer;
  }
  return () => Promise.reject(new codes.ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING());
}

// vm.Module and its subclasses exist with --experimental-vm-modules, as in node.
const vmModulesEnabled = process.execArgv.includes('--experimental-vm-modules');
let vmModulesLoaded;
function vmModules() {
  if (vmModulesLoaded === undefined) {
    vmModulesLoaded = require('internal/vm/module');
    vmModulesLoaded.setInternals({
      // A module's code always gets interrupt points: whether evaluate() will be
      // given a timeout is not known when it is compiled (at link time).
      compileIn(context, source, filename, lineOffset) {
        const global = context === undefined ? null : contextGlobal(context);
        let code = source;
        const points = binding.addInterruptPoints(source, kCheckName);
        if (points !== undefined) {
          try {
            binding.checkSyntax(points, filename, lineOffset);
            prepareInterrupts(global);
            code = points;
          } catch {
            // an edit the tokenizer got wrong: compile it as it is
          }
        }
        return binding.run(global, code, filename, lineOffset);
      },
      callInterruptible,
      cacheFor,
      cacheMatches,
      makeImporter(option, filename, module, context) {
        const importer = makeImporter(option, filename, () => module);
        return context === undefined ? importer : promisesOfRealm(contextGlobal(context), importer);
      },
    });
  }
  return vmModulesLoaded;
}

function importInContext(global, importer) {
  const key = global ?? kMainKey;
  importers.set(key, importer);
  const forward = (specifier, options) => importers.get(key)(specifier, options);
  if (global === null) {
    installLexical(global, kImportName, forward);
    return;
  }
  if (lexicalNames.get(global)?.has(kImportName)) return;
  installLexical(global, kImportName, promisesOfRealm(global, forward));
}

// fn (returning a promise) as a function returning a promise of the context's
// realm: what import() in a context gives, as in node.
const realmWrappers = new WeakMap(); // global -> (fn) => wrapped fn
function promisesOfRealm(global, fn) {
  let wrap = realmWrappers.get(global);
  if (wrap === undefined) {
    const make = binding.run(global, `(function () {
      const P = Promise;
      return (f) => (specifier, options) => new P((resolve, reject) => {
        f(specifier, options).then(resolve, reject);
      });
    })`, kDefaultFilename, 0);
    wrap = binding.withoutSandbox(global, make);
    realmWrappers.set(global, wrap);
  }
  return wrap(fn);
}

// --- cached data ---------------------------------------------------------------
//
// What createCachedData() returns: a tag, a hash of the source's UTF-16 units
// (two 32-bit FNV-1a style sums and the length) and the engine build, so that data
// made for one source by this build is accepted for it and rejected for any other,
// as node's would be.
const kCacheMagic = 'EDDYVMC1';

function cacheFor(code) {
  let a = 0x811c9dc5;
  let b = 0;
  for (let i = 0; i < code.length; i++) {
    a = Math.imul(a ^ code.charCodeAt(i), 0x01000193) >>> 0;
    b = (b + a) >>> 0;
  }
  const { Buffer } = require('buffer');
  const version = process.version;
  const out = Buffer.alloc(8 + 12 + Buffer.byteLength(version));
  out.write(kCacheMagic, 0, 'latin1');
  out.writeUInt32LE(a, 8);
  out.writeUInt32LE(b, 12);
  out.writeUInt32LE(code.length >>> 0, 16);
  out.write(version, 20, 'latin1');
  return out;
}

function cacheMatches(view, code) {
  const expected = cacheFor(code);
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (bytes.length !== expected.length) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== expected[i]) return false;
  return true;
}

class Script {
  #source;
  #filename;
  #lineOffset;
  #columnOffset;
  #cachedDataGiven;
  #sourceText; // as given (#source may have import() renamed)
  #interruptible = null; // the source with interrupt points, undefined when none
  #importer; // what import() in the script calls, when it has one

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = kDefaultFilename, lineOffset = 0, columnOffset = 0, cachedData,
      produceCachedData = false, importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.cachedData',
        ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically);
    checkSyntax(code, filename, lineOffset);
    this.#sourceText = code;
    const rewritten = withDynamicImport(code);
    this.#source = rewritten ?? code;
    if (rewritten !== null) {
      this.#importer = makeImporter(importModuleDynamically, filename, () => this);
    }
    this.#filename = filename;
    this.#lineOffset = lineOffset;
    this.#columnOffset = columnOffset;
    this.#cachedDataGiven = cachedData !== undefined;
    if (cachedData !== undefined) this.cachedDataRejected = !cacheMatches(cachedData, code);
    if (produceCachedData) {
      this.cachedDataProduced = true;
      this.cachedData = cacheFor(code);
    }
    this.sourceMapURL = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(code)?.[1];
  }

  // What evaluate() needs; the source with interrupt points is made once, on the
  // first run with a timeout or breakOnSigint.
  #compiled() {
    const script = this;
    return {
      source: this.#source,
      sourceText: this.#sourceText,
      filename: this.#filename,
      columnOffset: this.#columnOffset,
      lineOffset: this.#lineOffset,
      importer: this.#importer,
      interruptible() {
        if (script.#interruptible === null) {
          let points = binding.addInterruptPoints(script.#source, kCheckName);
          if (points !== undefined) {
            try {
              binding.checkSyntax(points, script.#filename, script.#lineOffset);
            } catch {
              points = undefined; // an edit the tokenizer got wrong: run it as it is
            }
          }
          script.#interruptible = points;
        }
        return script.#interruptible;
      },
    };
  }

  runInThisContext(options) {
    return evaluate(null, this.#compiled(), runOptions(options));
  }

  runInContext(contextifiedObject, options) {
    const global = contextGlobal(contextifiedObject);
    return evaluate(global, this.#compiled(), runOptions(options));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return cacheFor(this.#sourceText);
  }
}

function contextOptions(options) {
  if (options === undefined || typeof options !== 'object' || options === null) return {};
  const { contextName, contextOrigin, contextCodeGeneration } = options;
  if (contextName !== undefined) validateString(contextName, 'options.contextName');
  if (contextOrigin !== undefined) validateString(contextOrigin, 'options.contextOrigin');
  if (contextCodeGeneration !== undefined) {
    validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
  }
  const out = {};
  if (options.contextName !== undefined) out.name = options.contextName;
  if (options.contextOrigin !== undefined) out.origin = options.contextOrigin;
  if (options.contextCodeGeneration !== undefined) {
    out.codeGeneration = options.contextCodeGeneration;
  }
  if (options.microtaskMode !== undefined) out.microtaskMode = options.microtaskMode;
  return out;
}

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  return options;
}

function runInThisContext(code, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInNewContext(contextObject, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  validateStringArray(params, 'params');
  validateObject(options, 'options');
  const {
    filename = '', lineOffset = 0, columnOffset = 0, parsingContext, contextExtensions = [],
    importModuleDynamically, cachedData, produceCachedData = false,
  } = options;
  validateImportModuleDynamically(importModuleDynamically);
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.cachedData',
      ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined &&
      (parsingContext === null || typeof parsingContext !== 'object' || !isContext(parsingContext))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((ext, i) => {
    validateObject(ext, `options.contextExtensions[${i}]`, kValidateObjectAllowNullable);
  });
  const global = parsingContext === undefined ? null : contextGlobal(parsingContext);
  // The body and the parameters must not close the wrapper function early (node
  // compiles them as a function body and a parameter list).
  for (const part of [code, params.join(', ')]) {
    const at = binding.unbalancedAt(part);
    if (at !== -1) throw new SyntaxError(`Unexpected token '${part[at]}'`);
  }
  // The wrapper stays on the code's first line so line numbers are the caller's.
  let prefix = `(function (${params.join(', ')}) {`;
  if (contextExtensions.length > 0) prefix = `(function () { with (arguments[0]) { return ${prefix}`;
  let source = `${prefix}${code}\n})`;
  if (contextExtensions.length > 0) source += '; } })';
  checkSyntax(source, filename, lineOffset, prefix.length);
  const rewritten = withDynamicImport(source);
  if (rewritten !== null) source = `(function (${kImportName}) { return ${rewritten}; })`;
  let fn = binding.run(global, source, filename, lineOffset);
  let compiled;
  if (rewritten !== null) fn = fn(makeImporter(importModuleDynamically, filename, () => compiled));
  if (contextExtensions.length > 0) {
    fn = fn(Object.assign(Object.create(null), ...contextExtensions));
  }
  compiled = fn;
  if (cachedData !== undefined) fn.cachedDataRejected = !cacheMatches(cachedData, code);
  if (produceCachedData) {
    fn.cachedDataProduced = true;
    fn.cachedData = cacheFor(code);
  }
  return fn;
}

function measureMemory(options = {}) {
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  if (mode !== 'summary' && mode !== 'detailed') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
  }
  if (execution !== 'default' && execution !== 'eager') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.execution', execution);
  }
  require('internal/util').emitExperimentalWarning('vm.measureMemory');
  const used = process.memoryUsage().heapUsed;
  const result = { total: { jsMemoryEstimate: used, jsMemoryRange: [used, used] } };
  if (mode === 'detailed') {
    // One engine heap serves every context: each live one is listed, without a
    // size of its own.
    result.current = { jsMemoryEstimate: used, jsMemoryRange: [used, used] };
    result.other = [];
    for (const ref of liveContexts) {
      if (ref.deref() === undefined) liveContexts.delete(ref);
      else result.other.push({ jsMemoryEstimate: 0, jsMemoryRange: [0, used] });
    }
  }
  return Promise.resolve(result);
}

void validateFunction;

if (vmModulesEnabled) {
  for (const name of ['Module', 'SourceTextModule', 'SyntheticModule']) {
    Object.defineProperty(module.exports, name, {
      get: () => vmModules()[name], enumerable: true, configurable: true,
    });
  }
}
Object.assign(module.exports, {
  Script,
  createContext,
  createScript(code, options) {
    return new Script(code, options);
  },
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
});
