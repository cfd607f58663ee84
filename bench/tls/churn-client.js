'use strict';
// bench/tls/churn's load: TOTAL short TLS connections to PORT, 20 at a time, each
// sending a byte and closing (run by node 24).
const tls = require('tls');
const [port, total] = [+process.argv[2], +process.argv[3]];
let started = 0;
let done = 0;
function one() {
  if (started >= total) return;
  started++;
  const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => c.end('x'));
  c.on('data', () => {});
  c.on('error', () => {});
  c.on('close', () => {
    if (++done === total) process.exit(0);
    one();
  });
}
for (let i = 0; i < 20; i++) one();
