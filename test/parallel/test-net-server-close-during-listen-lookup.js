'use strict';
// A server closed while its listen() still waits for the host name's lookup never
// starts listening.
const common = require('../common');
const net = require('net');

const server = net.createServer();
server.on('listening', common.mustNotCall());
server.listen(0, 'localhost', common.mustNotCall());
server.close(common.mustCall());
setTimeout(common.mustCall(() => {}), 100);
