'use strict';
// https servers offer http/1.1 by ALPN unless given protocols or an ALPNCallback, and
// show the offer in wire format as server.ALPNProtocols.
require('../common');
const assert = require('assert');
const https = require('https');
const tls = require('tls');

const wire = {};
tls.convertALPNProtocols(['http/1.1'], wire);
assert.strictEqual(https.createServer().ALPNProtocols.compare(wire.ALPNProtocols), 0);
assert.strictEqual(https.createServer(() => {}).ALPNProtocols.compare(wire.ALPNProtocols), 0);

const h2 = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], h2);
assert.strictEqual(https.createServer({ ALPNProtocols: ['h2', 'http/1.1'] }).ALPNProtocols.compare(h2.ALPNProtocols), 0);

const ALPNCallback = () => {};
const server = https.createServer({ ALPNCallback });
assert.strictEqual(server.ALPNProtocols, undefined);
assert.strictEqual(server.ALPNCallback, ALPNCallback);
