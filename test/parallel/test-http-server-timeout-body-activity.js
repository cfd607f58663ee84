'use strict';
// A request body trickling in keeps the connection's timeout from firing: every chunk
// counts as activity on the socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  req.setTimeout(300, common.mustNotCall('timeout while the body was arriving'));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, '.aaaaaaaa');
    res.end();
  }));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST' }, common.mustCall((res) => {
    res.resume();
    res.on('end', () => server.close());
  }));
  req.write('.');
  let sent = 0;
  const interval = setInterval(() => {
    req.write('a');
    if (++sent === 8) {
      clearInterval(interval);
      req.end();
    }
  }, 100);
}));
