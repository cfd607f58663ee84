'use strict';
// A custom lookup's answers are checked before connecting: an answer that is no IP
// address, or has a family other than 4 or 6, fails the connection with node's error.
const common = require('../common');
const net = require('net');

function connectWith(answer) {
  return net.connect({
    host: 'localhost',
    port: 80,
    lookup(host, opts, cb) {
      if (opts.all) cb(null, [answer]);
      else cb(null, answer.address, answer.family);
    },
  });
}

connectWith({ address: undefined, family: 4 })
  .on('error', common.expectsError({ code: 'ERR_INVALID_IP_ADDRESS' }));
connectWith({ address: '127.0.0.1', family: 100 }).on('error', common.expectsError({
  code: 'ERR_INVALID_ADDRESS_FAMILY',
  host: 'localhost',
  port: 80,
  message: 'Invalid address family: 100 localhost:80',
}));

// An answer that is not a string is no address, even one that would convert to one.
for (const family of [4, 6]) {
  net.connect({ host: 'example.com', port: 80, family, lookup: (h, o, cb) => cb(null, ['127.0.0.1'], o.family) })
    .on('error', common.expectsError({ code: 'ERR_INVALID_IP_ADDRESS' }));
}
