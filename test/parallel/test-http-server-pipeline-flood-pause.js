'use strict';
// A client that pipelines requests but does not read the responses: once the responses
// back up, the server stops reading requests, and takes them up again as the client
// reads.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const total = 400;
const body = Buffer.alloc(64 * 1024, 'x');
let handled = 0;
const server = http.createServer((req, res) => {
  handled++;
  res.end(body);
});
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  client.pause();
  // In batches, so that later requests arrive after the earlier responses backed up.
  let batches = 0;
  const writer = setInterval(() => {
    client.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n'.repeat(total / 40));
    if (++batches === 40) clearInterval(writer);
  }, 5);
  setTimeout(common.mustCall(() => {
    assert.ok(handled > 0 && handled < total, `handled ${handled} of ${total} before any response was read`);
    let received = 0;
    client.on('data', (d) => {
      received += d.length;
      if (handled === total && received >= total * body.length) {
        client.destroy();
        server.close();
      }
    });
    client.resume();
  }), 500);
}));
