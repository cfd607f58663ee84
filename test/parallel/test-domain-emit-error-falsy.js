'use strict';
// An emitter in a domain emitting 'error' with no listener and a falsy payload
// (none, undefined, null, false) hands the domain a real Error; truthy payloads pass
// through as they are.
const common = require('../common');
const assert = require('assert');
const domain = require('domain');
const { EventEmitter } = require('events');

for (const args of [[], [undefined], [null], [false]]) {
  const e = new EventEmitter();
  const d = domain.create();
  d.add(e);
  d.on('error', common.mustCall((er) => {
    assert.ok(er instanceof Error);
    assert.strictEqual(er.code, 'ERR_UNHANDLED_ERROR');
  }));
  e.emit('error', ...args);
}

for (const arg of [42, 'fortytwo', true]) {
  const e = new EventEmitter();
  const d = domain.create();
  d.add(e);
  d.on('error', common.mustCall((er) => assert.strictEqual(er, arg)));
  e.emit('error', arg);
}
