'use strict';
// WebAssembly.compileStreaming() and instantiateStreaming() over a fetch()
// Response (or a promise of one): node's checks of the source, MIME type, status
// and body, and compile errors that name the API.
const common = require('../common');
const assert = require('assert');
const http = require('http');

// (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
const addWasm = Buffer.from('0061736d0100000001070160027f7f017f030201000707010361646400000a09010700200020016a0b', 'hex');
const wasm = (body, init = {}) => new Response(body, {
  status: 200, headers: { 'Content-Type': 'application/wasm' }, ...init,
});

(async () => {
  for (const name of ['compileStreaming', 'instantiateStreaming']) {
    const d = Object.getOwnPropertyDescriptor(WebAssembly, name);
    assert.strictEqual(typeof d.value, 'function');
    assert.strictEqual(d.value.length, 1);
    assert.strictEqual(d.value.name, name);
  }

  const mod = await WebAssembly.compileStreaming(wasm(addWasm));
  assert.ok(mod instanceof WebAssembly.Module);
  const { module, instance } = await WebAssembly.instantiateStreaming(Promise.resolve(wasm(addWasm)));
  assert.ok(module instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.add(2, 3), 5);

  for (const invalid of [undefined, null, 0, 'x', {}]) {
    await assert.rejects(WebAssembly.compileStreaming(invalid), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: /^The "source" argument must be an instance of Response/,
    });
  }
  const err = new RangeError('as is');
  await assert.rejects(WebAssembly.compileStreaming(Promise.reject(err)), (e) => e === err);
  await assert.rejects(WebAssembly.compileStreaming(wasm(addWasm, { headers: { 'Content-Type': 'application/wasm;' } })), {
    name: 'TypeError', code: 'ERR_WEBASSEMBLY_RESPONSE',
    message: "WebAssembly response has unsupported MIME type 'application/wasm;'",
  });
  await assert.rejects(WebAssembly.compileStreaming(wasm(addWasm, { status: 418 })), {
    code: 'ERR_WEBASSEMBLY_RESPONSE', message: 'WebAssembly response has status code 418',
  });
  const used = wasm(addWasm);
  await used.arrayBuffer();
  await assert.rejects(WebAssembly.compileStreaming(used), {
    code: 'ERR_WEBASSEMBLY_RESPONSE', message: 'WebAssembly response body has already been used',
  });
  await assert.rejects(WebAssembly.compileStreaming(wasm(addWasm.subarray(0, addWasm.length - 3))), {
    name: 'CompileError', message: /^WebAssembly\.compileStreaming\(\): /,
  });

  // Through fetch() from a local server.
  const server = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'application/wasm');
    res.end(addWasm);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const fetched = await WebAssembly.instantiateStreaming(fetch(`http://127.0.0.1:${server.address().port}/a.wasm`));
  assert.strictEqual(fetched.instance.exports.add(40, 2), 42);
  server.close();
})().then(common.mustCall());
