'use strict';
// --max-http-header-size sets http.maxHeaderSize; --insecure-http-parser makes servers
// accept a header value with a control character.
require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const server = http.createServer((req, res) => res.end(req.headers['x-v']));
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => {
      c.end('GET / HTTP/1.1\r\nHost: a\r\nX-V: te\x08t\r\nConnection: close\r\n\r\n');
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => out += d);
    c.on('end', () => {
      process.stdout.write(out.split('\r\n')[0] + ' ' + JSON.stringify(out.split('\r\n\r\n')[1]));
      server.close();
    });
  });
  return;
}

assert.strictEqual(http.maxHeaderSize, 16384);
const size = spawnSync(process.execPath, ['--max-http-header-size=10', '-p', 'http.maxHeaderSize']);
assert.strictEqual(size.stdout.toString().trim(), '10');

const strict = spawnSync(process.execPath, [__filename, 'child']);
assert.strictEqual(strict.stdout.toString(), 'HTTP/1.1 400 Bad Request ""');
const lenient = spawnSync(process.execPath, ['--insecure-http-parser', __filename, 'child']);
assert.strictEqual(lenient.stdout.toString(), 'HTTP/1.1 200 OK "te\\bt"');
