'use strict';
// The server bench/tls/run drives: an HTTPS hello world (keep-alive), its key and
// certificate from KEY and CERT (PEM files), PORT from the env.
const https = require('https');
const fs = require('fs');
const server = https.createServer({
  key: fs.readFileSync(process.env.KEY),
  cert: fs.readFileSync(process.env.CERT),
}, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World');
});
server.keepAliveTimeout = 60000;
// s_time closes without reading the session tickets a TLS 1.3 server sends last.
server.on('clientError', () => {});
server.listen(+process.env.PORT || 0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
