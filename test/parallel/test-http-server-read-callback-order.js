'use strict';
// The callbacks a server makes for one read and when the nextTick queue and promise
// jobs run between them, as node's parser makes them: the requests pipelined in one
// read are all handed over before any of their ticks or jobs run (and a parse error
// later in the same read is reported before them too); a body chunk's callback runs
// the queues after itself, so a request whose head and body came together is seen
// by its first tick with its body buffered but not yet complete. Node's parser also
// runs the queues where it hands header fields over early: before a message's
// trailers, before a head of 32 fields or more, and, once it did so on a connection,
// before every later head.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function pipelined(tail) {
  return new Promise((resolve) => {
    const log = [];
    const server = http.createServer((req, res) => {
      log.push(`request ${req.url}`);
      process.nextTick(() => log.push(`tick ${req.url}`));
      Promise.resolve().then(() => log.push(`job ${req.url}`));
      res.end('ok');
    });
    server.on('clientError', (err, socket) => {
      log.push(`clientError ${err.code}`);
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    });
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1', () => {
        client.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
                     `GET /c HTTP/1.1\r\nHost: x\r\n\r\n${tail}`);
        if (!tail) setTimeout(() => client.end(), 50);
      });
      let data = '';
      client.setEncoding('latin1');
      client.on('data', (d) => { data += d; });
      client.on('close', () => {
        server.close();
        resolve({ log, data });
      });
    });
  });
}

(async () => {
  {
    const { log, data } = await pipelined('');
    assert.deepStrictEqual(log.slice(0, 3), ['request /a', 'request /b', 'request /c']);
    // Each request's tick comes before any job.
    assert.deepStrictEqual(log.slice(3, 6), ['tick /a', 'tick /b', 'tick /c']);
    assert.deepStrictEqual(log.slice(6), ['job /a', 'job /b', 'job /c']);
    assert.strictEqual(data.match(/HTTP\/1\.1 200 OK/g).length, 3);
  }
  {
    const { log, data } = await pipelined('BAD\x01 / HTTP/1.1\r\n\r\n');
    assert.deepStrictEqual(log.slice(0, 4),
                           ['request /a', 'request /b', 'request /c', 'clientError HPE_INVALID_METHOD']);
    assert.ok(log.indexOf('tick /a') > 3);
    // The first answer went out at once; the others waited for it to finish and the
    // 400 ended the connection before them.
    assert.match(data, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nokHTTP\/1\.1 400 Bad Request\r\n/);
    assert.strictEqual(data.match(/HTTP\/1\.1 200 OK/g).length, 1);
  }
  {
    // Head and body in one read.
    const seen = [];
    const server = http.createServer(common.mustCall((req, res) => {
      seen.push(['request', req.readableLength, req.complete]);
      process.nextTick(() => seen.push(['tick', req.readableLength, req.complete]));
      req.resume();
      req.on('end', () => res.end('done'));
    }));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      client.end('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello');
    });
    client.resume();
    await new Promise((resolve) => client.on('close', resolve));
    server.close();
    assert.deepStrictEqual(seen, [['request', 0, false], ['tick', 5, false]]);
  }
  {
    // A chunked request with trailers, then one without, in one read: the first
    // one's 'end' comes before the second request.
    const log = [];
    const server = http.createServer(common.mustCall((req, res) => {
      log.push(`request ${req.url}`);
      req.resume();
      req.on('end', () => {
        log.push(`end ${req.url}`);
        res.end('done');
      });
    }, 2));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      client.write('POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
                   '5\r\nhello\r\n0\r\nx-check: 1\r\n\r\nGET /g HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    client.resume();
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.destroy();
    server.close();
    assert.deepStrictEqual(log, ['request /p', 'end /p', 'request /g', 'end /g']);
  }
  for (const [fields, expected] of [
    [31, ['request /a', 'request /b', 'request /c', 'tick /a', 'tick /b', 'tick /c']],
    // (From the 32-field head on, each head runs the queues first.)
    [32, ['request /a', 'tick /a', 'request /b', 'tick /b', 'request /c', 'tick /c']],
  ]) {
    // Three requests in one read, the second with `fields` header fields.
    const log = [];
    const server = http.createServer((req, res) => {
      log.push(`request ${req.url}`);
      process.nextTick(() => log.push(`tick ${req.url}`));
      res.end('ok');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const many = Array.from({ length: fields - 1 }, (_, i) => `x-h${i}: v\r\n`).join('');
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      client.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
                   `GET /b HTTP/1.1\r\nHost: x\r\n${many}\r\n` +
                   'GET /c HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    client.resume();
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.destroy();
    server.close();
    assert.deepStrictEqual(log, expected);
  }
})().then(common.mustCall());
