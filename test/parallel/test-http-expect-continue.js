'use strict';
// Expect: 100-continue: 'checkContinue' decides; writeContinue() sends the interim
// response and the client's 'continue' lets it send the body. Without a listener the
// server continues by itself; an unknown expectation gets 417.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', () => res.end(`got ${body}`));
}));
server.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  res.writeContinue();
  server.emit('request', req, res);
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false,
                             headers: { Expect: '100-continue' } });
  req.on('continue', common.mustCall(() => req.end('body')));
  req.on('information', common.mustCall((info) => assert.strictEqual(info.statusCode, 100)));
  req.on('response', common.mustCall((res) => {
    let text = '';
    res.on('data', (d) => text += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'got body');
      const r2 = http.request({ port: server.address().port, agent: false, headers: { Expect: 'magic' } },
                              common.mustCall((res2) => {
                                assert.strictEqual(res2.statusCode, 417);
                                res2.resume();
                                res2.on('end', () => server.close());
                              }));
      r2.end();
    }));
  }));
  req.flushHeaders();
}));
