'use strict';
// WebAssembly.compileStreaming() and instantiateStreaming() (the WebAssembly Web
// API), which node provides over its fetch() Response: the response is checked as
// node checks it, read whole, and compiled synchronously once read (JSC's
// asynchronous WebAssembly.compile/instantiate settle through the engine's own run
// loop, which eddy's event loop does not wait for).

const { codes } = require('internal/errors');

async function compileStreaming(source) {
  const response = await source;
  const { Response } = require('internal/fetch/response');
  if (!(response instanceof Response)) {
    throw new codes.ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/wasm') {
    throw new codes.ERR_WEBASSEMBLY_RESPONSE(`has unsupported MIME type '${contentType}'`);
  }
  if (!response.ok) throw new codes.ERR_WEBASSEMBLY_RESPONSE(`has status code ${response.status}`);
  if (response.bodyUsed) throw new codes.ERR_WEBASSEMBLY_RESPONSE('body has already been used');
  const bytes = await response.arrayBuffer();
  try {
    return new WebAssembly.Module(bytes);
  } catch (err) {
    // Compile errors name the API, as V8's do.
    if (err instanceof WebAssembly.CompileError) {
      const message = err.message.replace(/ \(evaluating '[^']*'\)$/, '');
      throw new WebAssembly.CompileError(`WebAssembly.compileStreaming(): ${message}`);
    }
    throw err;
  }
}

async function instantiateStreaming(source, importObject) {
  const module = await compileStreaming(source);
  const instance = new WebAssembly.Instance(module, importObject);
  return { module, instance };
}

// JSC's WebAssembly.compile() and instantiate() finish on a compiler thread and
// settle through the engine's run loop, which eddy iterates as its event loop turns
// (src/runtime/glib_bridge.c) but which does not wake or hold that loop: a ref'd
// interval keeps it turning until the promise settles (node likewise stays alive
// for a pending compile).
function keepAliveUntilSettled(promise) {
  if (!(promise instanceof Promise)) return promise;
  const { setInterval, clearInterval } = require('timers');
  const timer = setInterval(noop, 1);
  const done = () => clearInterval(timer);
  promise.then(done, done);
  return promise;
}

function noop() {}

module.exports = { compileStreaming, instantiateStreaming, keepAliveUntilSettled };
