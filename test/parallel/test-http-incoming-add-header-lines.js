'use strict';
// IncomingMessage#_addHeaderLines (used by frameworks that build messages by hand):
// the raw lines are kept, and a headers or trailers object already made takes them.
require('../common');
const assert = require('assert');
const { IncomingMessage } = require('http');

{
  const im = new IncomingMessage();
  im.headers = { a: '1' };
  im._addHeaderLines(['B', '2', 'Set-Cookie', 'x', 'Set-Cookie', 'y'], 6);
  assert.deepStrictEqual(im.headers, { a: '1', b: '2', 'set-cookie': ['x', 'y'] });
  assert.deepStrictEqual(im.rawHeaders, ['B', '2', 'Set-Cookie', 'x', 'Set-Cookie', 'y']);
}
{
  // Not read yet: made from the raw lines when first read.
  const im = new IncomingMessage();
  im._addHeaderLines(['Host', 'h', 'Accept', 'a', 'Accept', 'b'], 6);
  assert.deepStrictEqual(im.headers, { host: 'h', accept: 'a, b' });
}
{
  const im = new IncomingMessage();
  im.complete = true;
  im.trailers = { t: '1' };
  im._addHeaderLines(['U', '2'], 2);
  assert.deepStrictEqual(im.trailers, { t: '1', u: '2' });
  assert.deepStrictEqual(im.rawTrailers, ['U', '2']);
}
