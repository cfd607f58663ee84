'use strict';
// optimizeEmptyRequests: a request without Content-Length or Transfer-Encoding reaches
// the handler already ended and destroyed, and emits no stream events; one with body
// headers (even HEAD with Content-Length: 0) is an ordinary stream.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.throws(() => http.createServer({ optimizeEmptyRequests: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.optimizeEmptyRequests" property must be of type boolean. Received type number (1)',
});

const seen = [];
const server = http.createServer({ optimizeEmptyRequests: true }, (req, res) => {
  seen.push([req.method, req._dumped, req.readableEnded, req.destroyed]);
  if (req._dumped) {
    req.on('end', common.mustNotCall());
    req.on('close', common.mustNotCall());
  } else {
    req.resume();
  }
  res.end('ok');
});

const requests = [
  'GET / HTTP/1.1\r\nHost: a\r\n\r\n',
  'HEAD / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi',
];
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, () => client.write(requests.join('')));
  let out = '';
  client.on('data', (d) => {
    out += d;
    if (out.split('HTTP/1.1 200 OK').length === 4 && out.endsWith('ok')) {
      assert.deepStrictEqual(seen, [
        ['GET', true, true, true],
        ['HEAD', false, false, false],
        ['POST', false, false, false],
      ]);
      client.destroy();
      server.close();
    }
  });
}));
