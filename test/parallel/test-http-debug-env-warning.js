'use strict';
// NODE_DEBUG=http logs http's doings and warns, once, that the log can hold secrets.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const server = http.createServer((req, res) => res.end());
  server.listen(0, () => {
    http.get({ port: server.address().port }, (res) => {
      res.resume();
      res.on('end', () => server.close());
    });
  });
  return;
}

const { stderr, status } = spawnSync(process.execPath, [__filename, 'child'], {
  encoding: 'utf8',
  env: { ...process.env, NODE_DEBUG: 'http' },
});
assert.strictEqual(status, 0);
const warning = "Setting the NODE_DEBUG environment variable to 'http' can expose sensitive data " +
  '(such as passwords, tokens and authentication headers) in the resulting log.';
assert.strictEqual(stderr.split(warning).length, 2, stderr);
assert.match(stderr, /^HTTP \d+: /m);
common.mustCall()();
