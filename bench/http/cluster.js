'use strict';
// The cluster row of bench/http/run: hello world served by WORKERS processes (default
// 2) behind node:cluster's default scheduling. Prints the port once every worker
// listens.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const workers = Number(process.env.WORKERS || 2);
  let listening = 0;
  for (let i = 0; i < workers; i++) {
    cluster.fork().on('listening', (address) => {
      if (++listening === workers) process.stdout.write(`${address.port}\n`);
    });
  }
} else {
  http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World');
  }).listen(+process.env.PORT || 0, '127.0.0.1');
}
