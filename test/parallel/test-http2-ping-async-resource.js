'use strict';
// Each session.ping() is an HTTP2PING async resource: init when sent, before/after
// around its callback, then destroy (a ping cancelled by maxOutstandingPings too).
const common = require('../common');
const assert = require('assert');
const asyncHooks = require('async_hooks');
const http2 = require('http2');

const pings = new Set();
const counts = { init: 0, before: 0, after: 0, destroy: 0 };
asyncHooks.createHook({
  init(id, type) {
    if (type === 'HTTP2PING') {
      pings.add(id);
      counts.init++;
    }
  },
  before(id) { if (pings.has(id)) counts.before++; },
  after(id) { if (pings.has(id)) counts.after++; },
  destroy(id) { if (pings.has(id)) counts.destroy++; },
}).enable();

process.on('exit', () => {
  assert.deepStrictEqual(counts, { init: 2, before: 2, after: 2, destroy: 2 });
});

const server = http2.createServer();
server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { maxOutstandingPings: 1 });
  client.on('connect', common.mustCall(() => {
    client.ping(common.mustSucceed(() => {
      client.close();
      server.close();
    }));
    client.ping(common.expectsError({ code: 'ERR_HTTP2_PING_CANCEL' }));
  }));
}));
