'use strict';
// perf_hooks 'http2' entries: an Http2Stream entry per stream and an Http2Session
// entry per session as they end, with their statistics in detail (and on the entry).
// A response ended with its last data (end('OK')) is one DATA frame carrying
// END_STREAM: the client receives SETTINGS, the SETTINGS ACK, HEADERS and DATA.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const { PerformanceObserver } = require('perf_hooks');

const sessions = [];
const streams = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    assert.strictEqual(entry.entryType, 'http2');
    (entry.name === 'Http2Session' ? sessions : streams).push(entry);
  }
});
observer.observe({ type: 'http2' });

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.respond({ ':status': 200 });
  stream.end('OK');
}));
server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`, common.mustCall(() => {
    const req = client.request({ ':path': '/' });
    req.resume();
    req.end();
    req.on('end', common.mustCall(() => client.close()));
  }));
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  const client = sessions.find((entry) => entry.detail.type === 'client');
  assert.ok(client);
  assert.strictEqual(client.detail.framesReceived, 4);
  assert.strictEqual(client.detail.streamCount, 1);
  for (const key of ['pingRTT', 'streamAverageDuration', 'framesSent', 'bytesWritten', 'bytesRead',
    'maxConcurrentStreams']) {
    assert.strictEqual(typeof client.detail[key], 'number', key);
    assert.strictEqual(client[key], client.detail[key], key);
  }
  assert.ok(streams.length >= 1);
  for (const key of ['timeToFirstByte', 'timeToFirstByteSent', 'timeToFirstHeader', 'bytesWritten',
    'bytesRead']) {
    assert.strictEqual(typeof streams[0].detail[key], 'number', key);
  }
});
