'use strict';
// strictContentLength: a body longer or shorter than the Content-Length header throws
// ERR_HTTP_CONTENT_LENGTH_MISMATCH with node's message.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 5);
  res.write('12');
  assert.throws(() => res.write('3456'), {
    code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    message: 'Response body\'s content-length of 6 byte(s) does not match the content-length of 5 byte(s) set in header',
  });
  assert.throws(() => res.end('3'), {
    code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    message: 'Response body\'s content-length of 3 byte(s) does not match the content-length of 5 byte(s) set in header',
  });
  res.end('345');
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, '12345');
      server.close();
    }));
  }));
}));
