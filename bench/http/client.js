'use strict';
// The client case bench/http/run drives: N (default 10000) sequential GET requests over
// one keep-alive http.Agent to 127.0.0.1:PORT, each response read to its end.
const http = require('http');
const port = +process.env.PORT;
const n = +(process.env.N || 10000);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let left = n;
function next() {
  if (left-- === 0) {
    agent.destroy();
    return;
  }
  http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
    res.on('data', () => {});
    res.on('end', next);
  });
}
next();
