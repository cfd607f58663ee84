// Flags: --experimental-eventsource --no-warnings
'use strict';
// EventSource (behind --experimental-eventsource): the event-stream parser (BOM,
// multi-line data, comments, named events, CRLF), id and retry, reconnection with
// Last-Event-ID, close(), and a wrong content type failing the connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'EventSource').enumerable, false);
assert.throws(() => new EventSource('nope'), { name: 'SyntaxError', message: 'TypeError: Invalid URL' });

const seen = [];
let n = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/bad') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    return res.end('x');
  }
  n++;
  seen.push([req.headers.accept, req.headers['last-event-id']]);
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  if (n === 1) {
    res.end('\ufeffdata: a\ndata: b\nid: 7\n\n: comment\nevent: custom\ndata: c\r\n\r\n' +
            'retry: 20\ndata: x\n\ndata: never-dispatched');
  } else {
    res.write('data: second\n\n');
  }
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const es = new EventSource(`${base}/`);
  assert.strictEqual(es.readyState, EventSource.CONNECTING);
  assert.strictEqual(es.withCredentials, false);
  const log = [];
  es.onopen = () => log.push(`open ${es.readyState}`);
  es.addEventListener('custom', (e) => log.push(`custom ${e.data} ${e.lastEventId}`));
  es.onerror = () => log.push(`error ${es.readyState}`);
  es.onmessage = (e) => {
    assert.strictEqual(e.origin, base);
    log.push(`message ${JSON.stringify(e.data)} ${e.lastEventId}`);
    if (e.data !== 'second') return;
    es.close();
    assert.strictEqual(es.readyState, EventSource.CLOSED);
    assert.deepStrictEqual(log, [
      'open 1', 'message "a\\nb" 7', 'custom c 7', 'message "x" 7', 'error 0', 'open 1', 'message "second" 7',
    ]);
    assert.deepStrictEqual(seen, [['text/event-stream', undefined], ['text/event-stream', '7']]);
    const bad = new EventSource(`${base}/bad`);
    bad.onopen = common.mustNotCall();
    bad.onerror = common.mustCall(() => {
      assert.strictEqual(bad.readyState, EventSource.CLOSED);
      server.closeAllConnections();
      server.close();
    });
  };
}));
