'use strict';
// headersTimeout defaults to 60 s, or to requestTimeout when that is shorter.
require('../common');
const assert = require('assert');
const http = require('http');

for (const [options, headers, request] of [
  [{}, 60000, 300000],
  [{ requestTimeout: 20000 }, 20000, 20000],
  [{ requestTimeout: 100000 }, 60000, 100000],
  [{ requestTimeout: 0 }, 0, 0],
  [{ headersTimeout: 0 }, 0, 300000],
]) {
  const server = http.createServer(options);
  assert.strictEqual(server.headersTimeout, headers, JSON.stringify(options));
  assert.strictEqual(server.requestTimeout, request, JSON.stringify(options));
}
assert.throws(() => http.createServer({ headersTimeout: 2000, requestTimeout: 1000 }), { code: 'ERR_OUT_OF_RANGE' });
