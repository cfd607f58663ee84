'use strict';
// async_hooks sees a Worker ('WORKER', its handle) and each MessagePort
// ('MESSAGEPORT', the port) as resources: 'init' when made, 'destroy' once they
// are gone; a WORKER resource's hasRef() follows worker.ref()/unref(), and is
// undefined once the worker's handle is gone.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { createHook } = require('async_hooks');
const { Worker, MessageChannel } = require('worker_threads');

const live = new Map();
const hook = createHook({
  init(id, type, trigger, resource) {
    if (type === 'WORKER' || type === 'MESSAGEPORT') live.set(id, { type, resource });
  },
  destroy(id) {
    live.delete(id);
  },
}).enable();

const { port1, port2 } = new MessageChannel();
const ports = [...live.values()].filter((r) => r.type === 'MESSAGEPORT').map((r) => r.resource);
assert.deepStrictEqual(ports, [port1, port2]);
assert.ok(util.inspect(port1).startsWith('MessagePort [EventTarget] {'));
port1.close();

const w = new Worker('', { eval: true });
const workerResource = [...live.values()].find((r) => r.type === 'WORKER').resource;
assert.strictEqual(workerResource.hasRef(), true);
w.unref();
assert.strictEqual(workerResource.hasRef(), false);
w.ref();
assert.strictEqual(workerResource.hasRef(), true);

w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(workerResource.hasRef(), undefined);
    assert.deepStrictEqual([...live.values()].map((r) => r.type), []);
    hook.disable();
  }), 10);
}));
