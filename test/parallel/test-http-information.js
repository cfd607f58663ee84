'use strict';
// 1xx interim responses reach the client as 'information' before the final response:
// writeProcessing (102) and writeEarlyHints (103, with its Link header).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.writeProcessing();
  res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'] });
  res.end('done');
}));

server.listen(0, common.mustCall(() => {
  const seen = [];
  const req = http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.deepStrictEqual(seen, [[102, 'Processing', undefined], [103, 'Early Hints', '</a.css>; rel=preload, </b.js>; rel=preload']]);
    assert.strictEqual(res.statusCode, 200);
    res.resume();
    res.on('end', () => server.close());
  }));
  req.on('information', (info) => seen.push([info.statusCode, info.statusMessage, info.headers.link]));
}));
