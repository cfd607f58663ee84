'use strict';
// An abstract Unix socket name (starting with NUL) has no file whose mode
// readableAll/writableAll could set: listen() refuses them with node's
// ERR_INVALID_ARG_VALUE (its message, typo included) before anything listens.
const common = require('../common');
const assert = require('assert');
const net = require('net');

for (const extra of [{ readableAll: true }, { writableAll: true }, { readableAll: true, writableAll: true }]) {
  const options = { path: '\0eddy-abstract-test', ...extra };
  const server = net.createServer(common.mustNotCall());
  assert.throws(() => server.listen(options), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The argument 'options' can not set readableAll or writableAllt to true when path is abstract unix socket\. Received /,
  });
  assert.strictEqual(server.listening, false);
}
