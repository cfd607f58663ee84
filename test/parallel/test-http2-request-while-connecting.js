'use strict';
// A request made while its session is still connecting is pending: it has no id
// until the session connects, and its 'ready' event, and so the callbacks of the
// writes made before it, come after the session's 'connect' (the requests start
// from a 'connect' listener added with the first of them). A request made on a
// connected session has its id at once. (The differential wire fuzzer found a
// write callback that closed the stream before the session's 'connect'.)
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.on('error', () => {});
  stream.on('aborted', () => {});
  stream.respond();
  stream.end('answer');
  stream.resume();
}, 3));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const events = [];
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  client.on('connect', () => events.push('connect (listener before the requests)'));

  const first = client.request({ ':path': '/', ':method': 'POST' });
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(first.pending, true);
  assert.strictEqual(first.id, undefined);
  first.on('ready', () => {
    events.push(`first ready ${first.id}`);
    assert.strictEqual(first.pending, false);
  });
  first.write('part', common.mustCall(() => {
    events.push('first write callback');
    first.close(http2.constants.NGHTTP2_CANCEL);
  }));
  first.on('aborted', () => events.push('first aborted'));
  first.resume();

  const second = client.request({ ':path': '/' });
  assert.strictEqual(second.pending, true);
  second.on('ready', () => events.push(`second ready ${second.id}`));
  second.resume();
  client.on('connect', () => events.push('connect (listener after the requests)'));

  const afterConnect = new Promise((resolve) => client.once('connect', () => {
    const third = client.request({ ':path': '/' });
    assert.strictEqual(third.pending, false);
    assert.strictEqual(third.id, 5);
    third.resume();
    third.on('close', resolve);
  }));
  Promise.all([new Promise((r) => first.on('close', r)), new Promise((r) => second.on('close', r)),
               afterConnect]).then(common.mustCall(() => {
    assert.deepStrictEqual(events, [
      'connect (listener before the requests)',
      'first ready 1',
      'second ready 3',
      'connect (listener after the requests)',
      'first write callback',
      'first aborted',
    ]);
    client.close();
    server.close();
  }));
}));
