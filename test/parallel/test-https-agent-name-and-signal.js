'use strict';
// https.Agent's connection names leave out a server name equal to the host and give
// sigalgs as JSON; its connections listen to an AbortSignal; https.Server wants an
// options object.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const { getEventListeners } = require('events');

const agent = new https.Agent();
const base = agent.getName({ host: 'example.com', port: 443 });
assert.strictEqual(agent.getName({ host: 'example.com', port: 443, servername: 'example.com' }), base);
assert.notStrictEqual(agent.getName({ host: 'example.com', port: 443, servername: 'other.org' }), base);
assert.ok(agent.getName({ sigalgs: 'RSA-PSS+SHA256' }).includes(':"RSA-PSS+SHA256":'));

for (const bad of ['foo', 42, true, []]) {
  assert.throws(() => new https.Server(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}

const ac = new AbortController();
const socket = agent.createConnection({ host: 'localhost', port: 1, signal: ac.signal });
assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
socket.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
ac.abort();
