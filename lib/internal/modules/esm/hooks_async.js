'use strict';
// module.register() and --experimental-loader: asynchronous resolve and load hooks.
// Node runs them on a loader thread so that require() can wait for them; eddy runs
// them on the main thread, in front of the loader's own steps (the synchronous
// registerHooks chain included), for import() and static imports and the entry
// point. require() does not go through them: it cannot wait for a promise.

const { codes } = require('internal/errors');

const resolveChain = []; // { fn, name }: run last-registered first
const loadChain = [];
let pending = null; // an initialize() or hooks module still settling

function active() {
  return resolveChain.length > 0 || loadChain.length > 0 || pending !== null;
}

function isObject(value) {
  return value !== null && typeof value === 'object';
}

// importAssertions, the old name of importAttributes: still read and written on a
// hook's context and taken from what a hook returns, with node's warning.
let assertionsWarned = false;
function warnAssertions() {
  if (assertionsWarned) return;
  assertionsWarned = true;
  process.emitWarning('Use `importAttributes` instead of `importAssertions`', 'ExperimentalWarning');
}

const assertionsAlias = {
  __proto__: null,
  configurable: true,
  get() {
    warnAssertions();
    return this.importAttributes;
  },
  set(value) {
    warnAssertions();
    Object.defineProperty(this, 'importAttributes', { value, writable: true, enumerable: true, configurable: true });
  },
};

function withAssertionsAlias(ctx) {
  if (!Object.hasOwn(ctx, 'importAssertions')) Object.defineProperty(ctx, 'importAssertions', assertionsAlias);
  return ctx;
}

function mergeContext(ctx, nextCtx) {
  const merged = { ...ctx, ...nextCtx };
  if (Object.hasOwn(nextCtx, 'importAssertions') && !Object.hasOwn(nextCtx, 'importAttributes')) {
    warnAssertions();
    merged.importAttributes = nextCtx.importAssertions;
    delete merged.importAssertions;
  }
  return merged;
}

// Runs the chain from its last hook down to `last`, the loader's own step. Each
// hook gets the next one (an async function named next<HookName>, as node's); one
// that returns without calling it must say shortCircuit: true. Errors name the hook
// as node's do: "<hooks module> 'resolve' hook's nextResolve()".
function runChain(chain, hookName, first, context, last, validateArgs, validate) {
  const nextName = `next${hookName[0].toUpperCase()}${hookName.slice(1)}`;
  const step = async (index, input, ctx) => {
    if (index < 0) return last(input, ctx);
    const { fn, name } = chain[index];
    const id = `${name} '${hookName}' hook's ${nextName}()`;
    // Node names the hook a bad call to next<HookName>() was about to run.
    const nextId = `${index > 0 ? chain[index - 1].name : `node:internal/modules/esm/${hookName}`} ` +
      `'${hookName}' hook's ${nextName}()`;
    let calledNext = false;
    const next = { async [nextName](nextInput = undefined, nextCtx = undefined) {
      validateArgs(nextId, nextInput, nextCtx);
      calledNext = true;
      return step(index - 1, nextInput, nextCtx !== undefined ? mergeContext(ctx, nextCtx) : ctx);
    } }[nextName];
    const result = await fn(input, withAssertionsAlias(ctx), next);
    if (!isObject(result)) throw new codes.ERR_INVALID_RETURN_VALUE('an object', id, result);
    validate(result, `${name} '${hookName}'`);
    if (!calledNext && result.shortCircuit !== true) {
      throw new codes.ERR_LOADER_CHAIN_INCOMPLETE(`${name} '${hookName}'`);
    }
    return result;
  };
  return step(chain.length - 1, first, context);
}

function validateNextArgs(inputName) {
  return (id, input, ctx) => {
    const { validateString, validateObject } = require('internal/validators');
    validateString(input, `${id} ${inputName}`);
    if (inputName === 'url' && !URL.canParse(input)) {
      throw new codes.ERR_INVALID_ARG_VALUE(`${id} url`, input, 'should be a URL string');
    }
    if (ctx !== undefined) validateObject(ctx, `${id} context`);
  };
}

function validateFormat(result, name) {
  if (result.format != null && typeof result.format !== 'string') {
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a string', name, 'format', result.format);
  }
}

function validateResolved(result, name) {
  let valid = typeof result.url === 'string';
  if (valid) {
    try {
      new URL(result.url); // eslint-disable-line no-new
    } catch {
      valid = false;
    }
  }
  if (!valid) throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', name, 'url', result.url);
  validateFormat(result, name);
  if (result.importAttributes != null && !isObject(result.importAttributes)) {
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('an object', name, 'importAttributes',
      result.importAttributes);
  }
}

function validateLoaded(result, name) {
  validateFormat(result, name);
  const { source } = result;
  if (source != null && typeof source !== 'string' && !(source instanceof ArrayBuffer) &&
      !(typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer) &&
      !ArrayBuffer.isView(source)) {
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray',
      name, 'source', source);
  }
}

// { url, format?, importAttributes? } for specifier imported from parentURL;
// defaultResolve(specifier, context) is the loader's own resolution.
// wait: false for a hooks module loading through the hooks before it (it must not
// wait for its own registration).
async function resolve(specifier, parentURL, importAttributes, defaultResolve, wait = true) {
  if (pending !== null && wait) await pending;
  const { defaultConditions } = require('internal/modules/esm/resolve');
  // Plain objects, as node's hooks thread receives them (cloned).
  const context = { conditions: [...defaultConditions], importAttributes: { ...importAttributes }, parentURL };
  const result = await runChain(resolveChain, 'resolve', specifier, context,
    async (spec, ctx) => defaultResolve(spec, ctx), validateNextArgs('specifier'), validateResolved);
  if (result.importAttributes == null && isObject(result.importAssertions)) {
    warnAssertions();
    return { ...result, importAttributes: result.importAssertions };
  }
  return result;
}

// { format, source, checkedAttributes } of url; defaultLoad(url, context) is the
// loader's own read. checkedAttributes: the import attributes the loader's own
// step was handed, when the chain reached it (the ones to check the format against).
async function load(url, format, importAttributes, defaultLoad, wait = true) {
  if (pending !== null && wait) await pending;
  const context = { format, importAttributes: { ...importAttributes } };
  let checkedAttributes;
  const result = await runChain(loadChain, 'load', url, context, async (u, ctx) => {
    checkedAttributes = ctx.importAttributes;
    return defaultLoad(u, ctx);
  }, validateNextArgs('url'), validateLoaded);
  return { format: result.format, source: result.source, checkedAttributes };
}

// Loads the hooks module specifier (relative to parentURL) and adds its resolve and
// load hooks; its initialize(data) runs first. The module loads through the
// hooks registered before it, as node's.
function register(specifier, parentURL, options) {
  if (isObject(parentURL) && !(parentURL instanceof URL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (typeof specifier !== 'string' && !(specifier instanceof URL)) {
    throw new codes.ERR_INVALID_ARG_TYPE('specifier', ['string', 'URL'], specifier);
  }
  parentURL = parentURL === undefined ? 'data:' : `${parentURL}`;
  const name = `${specifier}`;
  const data = options?.data;
  const settle = (namespace) => {
    const { initialize, resolve: resolveHook, load: loadHook } = namespace;
    const initialized = typeof initialize === 'function' ? initialize(data) : undefined;
    // Ports handed to the hooks live on node's loader thread, which does not keep
    // the process alive: here they must not either.
    for (const item of options?.transferList ?? []) {
      if (typeof item?.unref === 'function') item.unref();
    }
    const add = () => {
      if (typeof resolveHook === 'function') resolveChain.push({ fn: resolveHook, name });
      if (typeof loadHook === 'function') loadChain.push({ fn: loadHook, name });
    };
    if (initialized !== null && typeof initialized?.then === 'function') {
      // node waits for initialize() inside register(): a promise that has already
      // settled (an async initialize that never awaited) is taken as settled now,
      // so the next register() does not queue behind it.
      const details = internalBinding('util').getPromiseDetails(initialized);
      if (details === undefined || details[0] === 0) return Promise.resolve(initialized).then(add);
      if (details[0] === 2) {
        initialized.then(undefined, () => {});
        throw details[1];
      }
    }
    add();
  };
  // The hooks module loads now when nothing is pending (the usual case: register()
  // returns with the hooks in place); otherwise after what is.
  const previous = pending;
  let result;
  if (previous === null && !active()) {
    result = require('internal/modules/esm/loader').importModuleSync(name, parentURL, settle);
  } else {
    const { importHooksModule } = require('internal/modules/esm/loader');
    result = Promise.resolve(previous).then(() => importHooksModule(name, parentURL)).then(settle);
  }
  if (result !== undefined) {
    const p = Promise.resolve(result).finally(() => {
      if (pending === p) pending = null;
    });
    pending = p;
    p.catch(() => {}); // reported through the import that waits for it
  }
}

module.exports = { active, load, register, resolve };
