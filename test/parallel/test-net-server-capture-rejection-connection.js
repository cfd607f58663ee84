'use strict';
// With events.captureRejections, a rejected async 'connection' listener destroys that
// connection with the error (the server itself carries on).
const common = require('../common');
const assert = require('assert');
const events = require('events');
const net = require('net');

events.captureRejections = true;
const err = new Error('kaboom');
const server = net.createServer(common.mustCall(async (sock) => {
  sock.on('error', common.mustCall((e) => assert.strictEqual(e, err)));
  sock.on('close', common.mustCall(() => server.close()));
  throw err;
}));
server.on('error', common.mustNotCall());
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  client.on('error', () => {});
  client.on('close', common.mustCall());
}));
