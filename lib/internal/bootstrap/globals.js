'use strict';
// The globals node defines, with node's property attributes: the timers and
// friends are enumerable values, the rest non-enumerable or lazy accessors. Node's
// own test harness fails on any unexpected enumerable global, so these matter.

const timers = require('internal/timers/public');
const { queueMicrotask } = require('internal/process/task_queues');

function defineValue(name, value, enumerable) {
  Object.defineProperty(globalThis, name, { value, writable: true, enumerable, configurable: true });
}

// A global whose module's export loads on first use (the whole module when key is
// undefined); assigning replaces it. Until first read, an accessor pair named
// `get <name>` and `set <name>` as node's: the object literal's computed keys give
// the functions those names, which costs a start-up (about sixty of these, in every
// process and worker) less than renaming two closures with defineProperty.
function defineLazy(name, id, key, enumerable) {
  const pair = {
    get [name]() {
      const value = key === undefined ? require(id) : require(id)[key];
      defineValue(name, value, enumerable);
      return value;
    },
    set [name](value) {
      defineValue(name, value, enumerable);
    },
  };
  const descriptor = Object.getOwnPropertyDescriptor(pair, name);
  descriptor.enumerable = enumerable;
  Object.defineProperty(globalThis, name, descriptor);
}

// process and Buffer stay accessors when assigned, as node's (code that swaps them
// for a while and puts them back sees the getter again).
function defineAccessor(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(newValue) {
      value = newValue;
      loaded = true;
    },
    enumerable: false,
    configurable: true,
  });
}
defineAccessor('process', () => process);
defineAccessor('Buffer', () => require('buffer').Buffer);
defineValue('global', globalThis, true);
defineValue('clearImmediate', timers.clearImmediate, true);
defineValue('setImmediate', timers.setImmediate, true);
defineValue('clearInterval', timers.clearInterval, true);
defineValue('clearTimeout', timers.clearTimeout, true);
defineValue('setInterval', timers.setInterval, true);
defineValue('setTimeout', timers.setTimeout, true);
defineValue('queueMicrotask', queueMicrotask, true);
defineValue('structuredClone', function structuredClone(...args) {
  return require('internal/structured_clone').structuredClone(...args);
}, true);
defineLazy('console', 'internal/console/global', undefined, false);
Object.defineProperty(globalThis, Symbol.toStringTag, {
  value: 'global', writable: false, enumerable: false, configurable: true,
});

// Web and node globals whose modules load on first use.
const lazyGlobals = [
  // [global name, module id, export name, enumerable]
  ['atob', 'buffer', 'atob', true],
  ['btoa', 'buffer', 'btoa', true],
  ['Blob', 'buffer', 'Blob', false],
  ['File', 'buffer', 'File', false],
  ['URL', 'internal/url', 'URL', false],
  ['URLSearchParams', 'internal/url', 'URLSearchParams', false],
  ['URLPattern', 'internal/url_pattern', 'URLPattern', false],
  ['TextEncoder', 'internal/encoding', 'TextEncoder', false],
  ['TextDecoder', 'internal/encoding', 'TextDecoder', false],
  ['EventTarget', 'internal/event_target', 'EventTarget', false],
  ['Event', 'internal/event_target', 'Event', false],
  ['CustomEvent', 'internal/event_target', 'CustomEvent', false],
  ['AbortController', 'internal/abort_controller', 'AbortController', false],
  ['AbortSignal', 'internal/abort_controller', 'AbortSignal', false],
  ['DOMException', 'internal/dom_exception', 'DOMException', false],
  ['MessageChannel', 'internal/worker/io', 'MessageChannel', false],
  ['MessagePort', 'internal/worker/io', 'MessagePort', false],
  ['MessageEvent', 'internal/worker/io', 'MessageEvent', false],
  ['BroadcastChannel', 'internal/worker/io', 'BroadcastChannel', false],
  ['performance', 'perf_hooks', 'performance', true],
  ['Performance', 'perf_hooks', 'Performance', false],
  ['PerformanceEntry', 'perf_hooks', 'PerformanceEntry', false],
  ['PerformanceMark', 'perf_hooks', 'PerformanceMark', false],
  ['PerformanceMeasure', 'perf_hooks', 'PerformanceMeasure', false],
  ['PerformanceObserver', 'perf_hooks', 'PerformanceObserver', false],
  ['PerformanceObserverEntryList', 'perf_hooks', 'PerformanceObserverEntryList', false],
  ['PerformanceResourceTiming', 'perf_hooks', 'PerformanceResourceTiming', false],
  ['crypto', 'internal/crypto/webcrypto', 'crypto', true],
  ['Crypto', 'internal/crypto/webcrypto', 'Crypto', false],
  ['CryptoKey', 'internal/crypto/webcrypto', 'CryptoKey', false],
  ['SubtleCrypto', 'internal/crypto/webcrypto', 'SubtleCrypto', false],
  ['navigator', 'internal/navigator', 'navigator', true],
  ['Navigator', 'internal/navigator', 'Navigator', false],
  ['fetch', 'internal/fetch', 'fetch', true],
  ['Headers', 'internal/fetch', 'Headers', false],
  ['Request', 'internal/fetch', 'Request', false],
  ['Response', 'internal/fetch', 'Response', false],
  ['FormData', 'internal/fetch', 'FormData', false],
  ['ReadableStream', 'stream/web', 'ReadableStream', false],
  ['ReadableStreamDefaultReader', 'stream/web', 'ReadableStreamDefaultReader', false],
  ['ReadableStreamDefaultController', 'stream/web', 'ReadableStreamDefaultController', false],
  ['TransformStream', 'stream/web', 'TransformStream', false],
  ['TransformStreamDefaultController', 'stream/web', 'TransformStreamDefaultController', false],
  ['WritableStream', 'stream/web', 'WritableStream', false],
  ['WritableStreamDefaultWriter', 'stream/web', 'WritableStreamDefaultWriter', false],
  ['WritableStreamDefaultController', 'stream/web', 'WritableStreamDefaultController', false],
  ['ByteLengthQueuingStrategy', 'stream/web', 'ByteLengthQueuingStrategy', false],
  ['CountQueuingStrategy', 'stream/web', 'CountQueuingStrategy', false],
  ['ReadableByteStreamController', 'stream/web', 'ReadableByteStreamController', false],
  ['ReadableStreamBYOBReader', 'stream/web', 'ReadableStreamBYOBReader', false],
  ['ReadableStreamBYOBRequest', 'stream/web', 'ReadableStreamBYOBRequest', false],
  ['TextEncoderStream', 'stream/web', 'TextEncoderStream', false],
  ['TextDecoderStream', 'stream/web', 'TextDecoderStream', false],
  ['CompressionStream', 'stream/web', 'CompressionStream', false],
  ['DecompressionStream', 'stream/web', 'DecompressionStream', false],
  // What `using` declarations are rewritten to call (src/esm/using_decl.c).
  ['__eddyUsingStack', 'internal/using', 'usingStack', false],
  ['__eddyDisposeResources', 'internal/using', 'disposeResources', false],
  ['__eddyDisposeResourcesAsync', 'internal/using', 'disposeResourcesAsync', false],
];
// Indexed, not destructured: the engine runs array destructuring through the
// iterator protocol, which a loop run once at every start-up pays for in full.
for (let i = 0; i < lazyGlobals.length; i++) {
  const entry = lazyGlobals[i];
  defineLazy(entry[0], entry[1], entry[2], entry[3]);
}

// The WebAssembly Web API's streaming functions (node's, over fetch()), and the
// engine's compile/instantiate kept from letting the event loop end while they
// run; their code loads on first call.
if (typeof WebAssembly === 'object') {
  const api = () => require('internal/wasm_web_api');
  const { compile: engineCompile, instantiate: engineInstantiate } = WebAssembly;
  const methods = {
    compile(source) {
      return api().keepAliveUntilSettled(Reflect.apply(engineCompile, this, arguments));
    },
    instantiate(source, importObject = undefined) {
      return api().keepAliveUntilSettled(Reflect.apply(engineInstantiate, this, arguments));
    },
    compileStreaming(source) {
      return api().compileStreaming(source);
    },
    instantiateStreaming(source, importObject = undefined) {
      return api().instantiateStreaming(source, importObject);
    },
  };
  const names = Object.keys(methods);
  for (let i = 0; i < names.length; i++) {
    Object.defineProperty(WebAssembly, names[i], { value: methods[names[i]], writable: true, enumerable: true, configurable: true });
  }
}

// Atomics.wait, waitAsync (which JSC's C API does not give) and notify over eddy's
// registry of waiters (a worker blocked in wait can then be terminated); their code
// loads on first call. Methods, so that like built-ins they have no prototype.
if (typeof Atomics === 'object') {
  const engineNotify = Atomics.notify;
  let impl;
  const methods = {
    wait(typedArray, index, value, timeout) {
      impl ??= require('internal/atomics/waiters');
      return impl.wait(typedArray, index, value, timeout);
    },
    waitAsync(typedArray, index, value, timeout) {
      impl ??= require('internal/atomics/waiters');
      return impl.waitAsync(typedArray, index, value, timeout);
    },
    notify(typedArray, index, count) {
      impl ??= require('internal/atomics/waiters');
      return impl.notify(engineNotify, typedArray, index, count);
    },
  };
  Object.defineProperties(Atomics, {
    wait: { value: methods.wait, writable: true, enumerable: false, configurable: true },
    waitAsync: { value: methods.waitAsync, writable: true, enumerable: false, configurable: true },
    notify: { value: methods.notify, writable: true, enumerable: false, configurable: true },
  });
}

// WebSocket is a global unless --no-experimental-websocket, as in node 24.
if (require('internal/options').getOptionValue('--experimental-websocket', true)) {
  defineLazy('WebSocket', 'internal/websocket', 'WebSocket', false);
  defineLazy('CloseEvent', 'internal/websocket', 'CloseEvent', false);
}

// EventSource is a global only with --experimental-eventsource, as in node 24.
if (process.execArgv.includes('--experimental-eventsource')) {
  defineLazy('EventSource', 'internal/eventsource', 'EventSource', false);
}

// Web Storage only with --experimental-webstorage, as in node 24
// (internal/webstorage/globals).
if (require('internal/options').getOptionValue('--experimental-webstorage')) require('internal/webstorage/globals');

// import() in functions made by new Function and its async and generator kin
// (internal/modules/function_import).
require('internal/modules/function_import').install();
