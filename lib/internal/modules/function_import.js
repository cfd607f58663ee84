'use strict';
// Fronts for the Function, AsyncFunction, GeneratorFunction and
// AsyncGeneratorFunction constructors, so that import() works in the functions
// they make: see internal/modules/function_import_rewrite, loaded for the first
// source that has `import`. (Kept short: every start-up compiles this file.)

const NativeFunction = Function;

function construct(Native, prefix, newTarget = Native, args) {
  const strings = [];
  let hasImport = false;
  for (let i = 0; i < args.length; i++) {
    const s = `${args[i]}`;
    strings.push(s);
    if (!hasImport && s.includes('import')) hasImport = true;
  }
  const made = Reflect.construct(Native, strings, newTarget);
  if (!hasImport) return made;
  return require('internal/modules/function_import_rewrite').withImport(made, prefix, strings);
}

function install() {
  const NativeAsync = async function() {}.constructor;
  const NativeGenerator = function*() {}.constructor;
  const NativeAsyncGenerator = async function*() {}.constructor;
  const fronts = [
    [NativeFunction, function Function(p) {
      return construct(NativeFunction, 'function', new.target === Function ? undefined : new.target, arguments);
    }],
    [NativeAsync, function AsyncFunction(p) {
      return construct(NativeAsync, 'async function', new.target === AsyncFunction ? undefined : new.target, arguments);
    }],
    [NativeGenerator, function GeneratorFunction(p) {
      return construct(NativeGenerator, 'function*', new.target === GeneratorFunction ? undefined : new.target, arguments);
    }],
    [NativeAsyncGenerator, function AsyncGeneratorFunction(p) {
      return construct(NativeAsyncGenerator, 'async function*',
                       new.target === AsyncGeneratorFunction ? undefined : new.target, arguments);
    }],
  ];
  const bind = NativeFunction.prototype.bind;
  let FunctionFront;
  for (const [Native, front] of fronts) {
    front.prototype = Native.prototype;
    const bound = Reflect.apply(bind, front, [undefined]);
    // The other three inherit from Function, as the originals do.
    if (FunctionFront === undefined) FunctionFront = bound;
    else Object.setPrototypeOf(bound, FunctionFront);
    Object.defineProperty(bound, 'name', { value: Native.name, configurable: true });
    Object.defineProperty(bound, 'prototype', { value: Native.prototype });
    const own = Object.getOwnPropertyDescriptor(Native.prototype, 'constructor');
    own.value = bound;
    Object.defineProperty(Native.prototype, 'constructor', own);
  }
  Object.defineProperty(globalThis, 'Function', { value: FunctionFront, writable: true, configurable: true });
}

module.exports = { install, NativeFunction };
