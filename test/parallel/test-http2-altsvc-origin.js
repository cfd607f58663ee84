'use strict';
// ALTSVC and ORIGIN frames: the server advertises an alternative service (for the
// connection and for a stream) and the origins it serves; a TLS client sees them as
// 'altsvc' and 'origin' events and in session.originSet.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fixtures = require('../common/fixtures');
const http2 = require('http2');

const server = http2.createSecureServer({
  key: fs.readFileSync(fixtures.path('keys', 'agent1-key.pem')),
  cert: fs.readFileSync(fixtures.path('keys', 'agent1-cert.pem')),
});
server.on('session', common.mustCall((session) => {
  session.altsvc('h2=":8000"', 'https://example.org:8111/path');
  session.origin('https://foo.org/a/b', new URL('https://bar.org'));
  assert.throws(() => session.altsvc('h2=":8000"', 0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => session.altsvc('\u0001'), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => session.origin('foo://bar'), { code: 'ERR_HTTP2_INVALID_ORIGIN' });
}));
server.on('stream', common.mustCall((stream) => {
  stream.session.altsvc('clear', stream.id);
  stream.respond();
  stream.end('ok');
}));

server.listen(0, common.mustCall(() => {
  const url = `https://localhost:${server.address().port}`;
  const client = http2.connect(url, { rejectUnauthorized: false });
  const seen = [];
  client.on('altsvc', common.mustCall((alt, origin, streamId) => {
    seen.push([alt, origin, streamId]);
  }, 2));
  client.on('origin', common.mustCall((origins) => {
    assert.deepStrictEqual(origins, ['https://foo.org', 'https://bar.org']);
    assert.deepStrictEqual(client.originSet, [url, 'https://foo.org', 'https://bar.org']);
  }));
  const req = client.request();
  req.resume();
  req.on('end', common.mustCall(() => {
    assert.deepStrictEqual(seen, [
      ['h2=":8000"', 'https://example.org:8111', 0],
      ['clear', '', 1],
    ]);
    client.close();
    server.close();
  }));
}));
