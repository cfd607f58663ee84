'use strict';
// import() in functions built at run time: `new Function(...)` and the
// AsyncFunction, GeneratorFunction and AsyncGeneratorFunction constructors.
//
// JavaScriptCore's C API has no module loader, so eddy renames `import(` in the
// code it loads (src/esm: `_$imp$(`, bound to an importer). Code handed to these
// constructors is not loaded by eddy, and there the engine's own import() rejects
// ("Could not import the module"). Packages build such functions on purpose to keep
// import() out of sight of TypeScript or a bundler: prettier's CLI loads itself
// through `new Function('module', 'return import(module)')`.
//
// So internal/modules/function_import puts a front before each constructor (at
// start-up, from internal/bootstrap/globals). The front converts each argument to a
// string once, in order, and has the engine's constructor build the function (so
// every error is the engine's). When no argument contains `import` that function is
// the result. Otherwise withImport() below compiles the same source again with
// import( renamed, inside a closure that binds `_$imp$` to an importer whose
// referrer is the file that called the constructor (V8 resolves import() in such
// code against the script that created the function, and so does node), and gives
// it the engine's function's prototype (a subclass's). Its toString shows
// `_$imp$(` where the source said `import(`.
//
// Each front is a bound function whose target has the original's name (a bound
// function prints its target's source name, so it prints as native code) and the
// original's prototype (instanceof a bound function asks its target); the front
// has the original's name, length and prototype and is that prototype's
// `constructor`, and new of it constructs as the original, subclasses included.

const { NativeFunction } = require('internal/modules/function_import');

// The file URL import() in a function made from that frame resolves against: the
// frame's file or URL, else the current directory.
function referrerOf(scriptName) {
  const { pathToFileURL } = require('internal/modules/esm/url');
  if (scriptName.startsWith('/')) return pathToFileURL(scriptName);
  if (URL.canParse(scriptName)) return new URL(scriptName);
  return pathToFileURL(`${process.cwd()}/`);
}

// The first frame outside eddy's own code: the caller of the constructor.
function callerScript() {
  for (const site of require('internal/errors/stack').getCallSites(8)) {
    if (!site.scriptName.startsWith('node:')) return site.scriptName;
  }
  return '';
}

// made: the engine's function for these strings; prefix: the keyword(s) its kind of
// function starts with.
function withImport(made, prefix, strings) {
  const body = strings.length > 0 ? strings[strings.length - 1] : '';
  const params = strings.slice(0, -1).join(',');
  const source = internalBinding('esm').transformDynamicImport(`${prefix} anonymous(${params}\n) {\n${body}\n}`);
  if (source === null) return made;
  const { makeDynamicImport } = require('internal/modules/esm/loader');
  const importer = makeDynamicImport(referrerOf(callerScript()));
  const fn = NativeFunction('_$imp$', `return ${source}`)(importer);
  Object.setPrototypeOf(fn, Object.getPrototypeOf(made));
  return fn;
}

module.exports = { withImport };
