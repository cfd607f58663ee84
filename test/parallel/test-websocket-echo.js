'use strict';
// WebSocket client against the chat example's server endpoint: open, text and binary
// sends (string, view, ArrayBuffer, Blob, a 16-bit-length frame), binaryType, the
// server's close with a code and reason.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { upgrade } = require('../../examples/chat/websocket');

const server = http.createServer();
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.url, '/path?x=1');
  assert.strictEqual(req.headers['sec-websocket-version'], '13');
  const ws = upgrade(req, socket, head);
  ws.on('message', (m) => {
    if (m === 'bye') return ws.close(4000, 'done');
    ws.send(typeof m === 'string' ? `echo:${m}` : m);
  });
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}/path?x=1`);
  assert.strictEqual(ws.readyState, WebSocket.CONNECTING);
  assert.strictEqual(ws.binaryType, 'blob');
  ws.onopen = common.mustCall((e) => {
    assert.strictEqual(e.type, 'open');
    assert.strictEqual(ws.readyState, WebSocket.OPEN);
    assert.strictEqual(ws.protocol, '');
    assert.strictEqual(ws.extensions, '');
    ws.send('hello');
    ws.send(new Uint8Array([1, 2, 3]));
    ws.send(new Blob(['blob']));
    ws.send(new Uint8Array([9, 8]).buffer);
    ws.send('x'.repeat(70000));
    assert.strictEqual(ws.bufferedAmount, 5 + 3 + 4 + 2 + 70000);
  });
  const got = [];
  ws.onmessage = common.mustCall((e) => {
    assert.ok(e instanceof MessageEvent);
    got.push(e.data);
    if (got.length === 2) ws.binaryType = 'arraybuffer';
    if (got.length === 5) ws.send('bye');
  }, 5);
  ws.onerror = common.mustNotCall();
  ws.onclose = common.mustCall(async (e) => {
    assert.ok(e instanceof CloseEvent);
    assert.strictEqual(e.code, 4000);
    assert.strictEqual(e.reason, 'done');
    assert.strictEqual(e.wasClean, true);
    assert.strictEqual(ws.readyState, WebSocket.CLOSED);
    assert.strictEqual(ws.bufferedAmount, 0);
    assert.strictEqual(got[0], 'echo:hello');
    assert.ok(got[1] instanceof Blob);
    assert.deepStrictEqual([...await got[1].bytes()], [1, 2, 3]);
    assert.ok(got[2] instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(got[2]).toString(), 'blob');
    assert.deepStrictEqual([...new Uint8Array(got[3])], [9, 8]);
    assert.strictEqual(got[4], `echo:${'x'.repeat(70000)}`);
    server.close();
  });
}));
