'use strict';
// The servers and clients of http, http2, tls and WebSocket, sent damaged copies of
// real exchanges from a fixed seed (test/fuzz/mutated-wire.js), each answer, refuse or
// reset the connection: the process lives on, every client settles, and each server
// still answers an undamaged exchange in full afterwards.
const common = require('../common');
const assert = require('assert');
const { run } = require('../fuzz/mutated-wire');

run({ seed: 17, rounds: 40, only: (name, index) => index < 4 }).then(common.mustCall((report) => {
  assert.strictEqual(report.length, 4);
  for (const line of report) assert.match(line, /: 40 damaged requests, 40 damaged answers/);
}));
