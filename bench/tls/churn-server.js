'use strict';
// The server bench/tls/churn drives: a TLS server that answers each connection with a
// few bytes and closes; every EVERY connections it prints "count rssMiB". KEY, CERT
// (PEM files) and PORT from the env; prints its port first.
const tls = require('tls');
const fs = require('fs');
const every = +process.env.EVERY || 1000;
let n = 0;
const server = tls.createServer({ key: fs.readFileSync(process.env.KEY), cert: fs.readFileSync(process.env.CERT) }, (s) => {
  s.on('error', () => {});
  s.resume();
  s.end('hello');
  if (++n % every === 0) process.stdout.write(`${n} ${Math.round(process.memoryUsage().rss / 1048576)}\n`);
});
server.listen(+process.env.PORT || 0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
