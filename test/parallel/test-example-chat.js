'use strict';
// The chat demo's self-test: 20 WebSocket clients over loopback, every message
// delivered to every client.
require('../common');
const assert = require('assert');
const path = require('path');
const { run } = require('../common/child');

const selftest = path.join(__dirname, '..', '..', 'examples', 'chat', 'selftest.js');
const r = run([selftest, '10', '20']);
assert.strictEqual(r.code, 0, r.stderr);
assert.match(r.stdout, /^chat selftest: 10 clients, 200 messages each delivered to all \(2000 deliveries\)/);
