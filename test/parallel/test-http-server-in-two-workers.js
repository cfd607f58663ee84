'use strict';
// Two worker threads each serve HTTP at the same time: each server's connections
// are read by its own thread's parsers, and every response comes from the worker
// that owns the port (the table of parsers reading sockets is per thread).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => body += c);
    req.on('end', () => res.end(`${workerData}:${body}`));
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.once('message', () => {
    server.close();
    parentPort.close();
  });
  return;
}

const kConnections = 8;
const kRequests = 25;

function hammer(port, name) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: kConnections });
  const all = [];
  for (let i = 0; i < kConnections * kRequests; i++) {
    all.push(new Promise((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => text += c);
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(`request ${i}`);
    }).then((text) => assert.strictEqual(text, `${name}:request ${i}`)));
  }
  return Promise.all(all).finally(() => agent.destroy());
}

function start(name) {
  const worker = new Worker(__filename, { workerData: name });
  return new Promise((resolve) => worker.once('message', (port) => resolve({ worker, port })));
}

Promise.all([start('a'), start('b')]).then(common.mustCall(async (workers) => {
  await Promise.all(workers.map(({ port }, i) => hammer(port, i === 0 ? 'a' : 'b')));
  for (const { worker } of workers) {
    worker.postMessage('close');
    worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  }
}));
