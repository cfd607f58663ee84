'use strict';
// WebSocket's constructor and methods without a server: URL and protocol checks,
// close() argument checks, send() before open, and a refused connection's events.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'WebSocket').enumerable, false);
assert.deepStrictEqual([WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED], [0, 1, 2, 3]);
assert.deepStrictEqual(Object.keys(WebSocket.prototype), [
  'close', 'send', 'readyState', 'bufferedAmount', 'url', 'extensions', 'protocol',
  'onopen', 'onerror', 'onclose', 'onmessage', 'binaryType', 'CONNECTING', 'OPEN', 'CLOSING', 'CLOSED',
]);
const syntax = (message) => ({ name: 'SyntaxError', code: 12, message });
assert.throws(() => new WebSocket('ftp://x'), syntax('expected a ws: or wss: url'));
assert.throws(() => new WebSocket('ws://x/#a'), syntax('hash'));
assert.throws(() => new WebSocket('nope'), syntax('TypeError: Invalid URL'));
assert.throws(() => new WebSocket('ws://x', ['a', 'a']), syntax('Invalid Sec-WebSocket-Protocol value'));
assert.throws(() => new WebSocket('ws://x', 'a b'), syntax('Invalid Sec-WebSocket-Protocol value'));
assert.throws(() => new WebSocket(), { name: 'TypeError', message: 'WebSocket constructor: 1 argument required, but 0 found.' });

// Port 1 refuses: 'error' then 'close' 1006, after handlers set later in this tick.
const ws = new WebSocket('http://127.0.0.1:1/p?q', 'chat');
assert.strictEqual(ws.url, 'ws://127.0.0.1:1/p?q');
assert.strictEqual(ws.readyState, 0);
assert.throws(() => ws.send('x'), { name: 'InvalidStateError', code: 11, message: 'Sent before connected.' });
assert.throws(() => ws.close(1001), { name: 'InvalidAccessError', code: 15, message: 'invalid code' });
assert.throws(() => ws.close(3000, 'x'.repeat(124)), syntax('Reason must be less than 123 bytes; received 124'));
ws.binaryType = 'foo';
assert.strictEqual(ws.binaryType, 'blob');
const order = [];
ws.onerror = common.mustCall((e) => {
  order.push(e.type);
  assert.strictEqual(e.constructor.name, 'ErrorEvent');
});
ws.onclose = common.mustCall((e) => {
  order.push(e.type);
  assert.deepStrictEqual(order, ['error', 'close']);
  assert.strictEqual(e.code, 1006);
  assert.strictEqual(e.wasClean, false);
  assert.strictEqual(ws.readyState, WebSocket.CLOSED);
});

// close() while connecting fails the connection the same way.
const ws2 = new WebSocket('ws://127.0.0.1:1/');
ws2.close();
assert.strictEqual(ws2.readyState, WebSocket.CLOSING);
ws2.onerror = common.mustCall();
ws2.onclose = common.mustCall((e) => assert.strictEqual(e.code, 1006));
