'use strict';
// setDefaultHeaders: false sends exactly the headers the request was given: no Host,
// Connection or framing header of its own (Host comes back with setHost: true).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const cases = [
  [{ headers: ['x-a', '1', 'x-b', '2', 'x-a', '3'] }, () => ['x-a', '1', 'x-b', '2', 'x-a', '3']],
  [{ setHost: true }, (port) => ['Host', `127.0.0.1:${port}`]],
  [{ headers: { 'x-c': 'v' } }, () => ['x-c', 'v']],
];

const server = http.createServer((req, res) => {
  const [, expected] = cases[Number(req.url.slice(1))];
  assert.deepStrictEqual(req.rawHeaders, expected(server.address().port));
  res.end('ok');
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  let left = cases.length;
  cases.forEach(([opts], i) => {
    http.request({
      method: 'POST', host: '127.0.0.1', port: server.address().port, path: `/${i}`,
      setDefaultHeaders: false, ...opts,
    }, common.mustCall((res) => {
      res.resume();
      res.on('end', () => { if (--left === 0) server.close(); });
    })).end();
  });
}));
