'use strict';
// WebAssembly.compileStreaming() and instantiateStreaming() (the WebAssembly Web
// API), which node provides over its fetch() Response: the response is checked as
// node checks it, read whole, and compiled synchronously once read (JSC's
// asynchronous WebAssembly.compile/instantiate settle through the engine's own run
// loop, which eddy's event loop does not wait for).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_WEBASSEMBLY_RESPONSE } } = require('internal/errors');

async function compileStreaming(source) {
  const response = await source;
  const { Response } = require('internal/fetch/response');
  if (!(response instanceof Response)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/wasm') {
    throw new ERR_WEBASSEMBLY_RESPONSE(`has unsupported MIME type '${contentType}'`);
  }
  if (!response.ok) throw new ERR_WEBASSEMBLY_RESPONSE(`has status code ${response.status}`);
  if (response.bodyUsed) throw new ERR_WEBASSEMBLY_RESPONSE('body has already been used');
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

module.exports = { compileStreaming, instantiateStreaming };
