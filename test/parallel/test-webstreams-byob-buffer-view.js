'use strict';
// A BYOB read into a Buffer gives back a Buffer, made without the deprecated
// Buffer() constructor (no DEP0005 warning); a typed-array subclass is kept.
const common = require('../common');
const assert = require('node:assert');

process.on('warning', common.mustNotCall());

const stream = new ReadableStream({
  type: 'bytes',
  pull(controller) {
    const view = controller.byobRequest.view;
    view[0] = 7;
    controller.byobRequest.respond(1);
  },
});
const reader = stream.getReader({ mode: 'byob' });
class Floats extends Float32Array {}

(async () => {
  const { value } = await reader.read(Buffer.alloc(4));
  assert(Buffer.isBuffer(value));
  assert.deepStrictEqual([...value], [7]);
  const second = await reader.read(new Floats(2));
  assert.strictEqual(second.value.constructor, Floats);
})().then(common.mustCall());
