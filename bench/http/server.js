'use strict';
// The servers bench/http/run drives: CASE=hello | json | echo, PORT from the env.
const http = require('http');
const kase = process.env.CASE || 'hello';
const json = JSON.stringify({
  items: Array.from({ length: 12 }, (_, i) => ({ id: i, name: `item-${i}`, tags: ['a', 'b', 'c'], price: i * 1.25 })),
}).slice(0, 1024);
const server = http.createServer((req, res) => {
  if (kase === 'hello') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World');
  } else if (kase === 'json') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(json);
  } else {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.concat(chunks));
    });
  }
});
server.keepAliveTimeout = 60000;
server.listen(+process.env.PORT || 0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
