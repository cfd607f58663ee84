'use strict';
// net.connect's blockList refuses blocked destinations (ERR_IP_BLOCKED), however they
// were found; a server's blockList closes connections from blocked addresses.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const blockList = new net.BlockList();
blockList.addAddress('127.0.0.2');
const blocked = common.expectsError({
  code: 'ERR_IP_BLOCKED', name: 'Error', message: 'IP(127.0.0.2) is blocked by net.BlockList',
}, 3);
net.connect({ port: 9, host: '127.0.0.2', blockList }).on('error', blocked);
net.connect({ port: 9, host: 'x', blockList, autoSelectFamily: false,
              lookup: (h, o, cb) => cb(null, '127.0.0.2', 4) }).on('error', blocked);
net.connect({ port: 9, host: 'x', blockList, autoSelectFamily: true,
              lookup: (h, o, cb) => cb(null, [{ address: '127.0.0.2', family: 4 }]) }).on('error', blocked);
assert.throws(() => net.connect({ port: 9, blockList: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.blockList" property must be an net.BlockList. Received type number (5)',
});

const serverBlock = new net.BlockList();
serverBlock.addAddress('127.0.0.1');
const server = net.createServer({ blockList: serverBlock }, common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const socket = net.connect({ port: server.address().port, host: '127.0.0.1' });
  socket.on('error', () => {});
  socket.on('close', common.mustCall(() => server.close()));
}));
