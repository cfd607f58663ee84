'use strict';
// _http_common's HTTPParser used the way node's lib uses it: callbacks in numbered slots,
// the method as an index into `methods`, the body as Buffers, trailers via kOnHeaders,
// parse errors returned as Error objects and callback exceptions thrown from execute().
const common = require('../common');
const assert = require('assert');
const { HTTPParser, methods } = require('_http_common');
const { kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete, REQUEST, RESPONSE } = HTTPParser;

{
  const parser = new HTTPParser();
  parser.initialize(REQUEST, {});
  const body = [];
  parser[kOnHeadersComplete] = common.mustCall((major, minor, headers, method, url) => {
    assert.strictEqual(major, 1);
    assert.strictEqual(minor, 1);
    assert.deepStrictEqual(headers, ['Transfer-Encoding', 'chunked']);
    assert.strictEqual(method, methods.indexOf('POST'));
    assert.strictEqual(url, '/a/b');
  });
  parser[kOnBody] = (b) => {
    assert.ok(Buffer.isBuffer(b));
    body.push(String(b));
  };
  parser[kOnHeaders] = common.mustCall((trailers) => assert.deepStrictEqual(trailers, ['X-T', 'v']));
  parser[kOnMessageComplete] = common.mustCall(() => assert.strictEqual(body.join(''), 'hello'));
  for (const part of ['POST /a', '/b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel',
                      'lo\r\n0\r\nX-T: v\r\n\r\n']) {
    const b = Buffer.from(part);
    assert.strictEqual(parser.execute(b, 0, b.length), b.length);
  }
  assert.strictEqual(parser.finish(), undefined);
}

{
  const parser = new HTTPParser();
  parser.initialize(RESPONSE, {});
  parser[kOnHeadersComplete] = common.mustCall((major, minor, headers, method, url, status, message) => {
    assert.strictEqual(method, undefined);
    assert.strictEqual(status, 404);
    assert.strictEqual(message, 'Not Found');
  });
  parser[kOnBody] = common.mustCall((b) => assert.strictEqual(String(b), 'no'));
  parser[kOnMessageComplete] = common.mustCall();
  parser.execute(Buffer.from('HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno'));
}

{
  const parser = new HTTPParser();
  parser.initialize(REQUEST, {});
  const err = parser.execute(Buffer.from('NOT HTTP\r\n\r\n'));
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  assert.strictEqual(err.bytesParsed, 3);

  parser.initialize(REQUEST, {});
  parser[kOnHeadersComplete] = () => { throw new Error('from the callback'); };
  assert.throws(() => parser.execute(Buffer.from('GET / HTTP/1.1\r\n\r\n')), { message: 'from the callback' });
}
