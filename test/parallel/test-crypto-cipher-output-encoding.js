'use strict';
// A cipher's string output keeps the encoding of its first string call; node reports
// a change as an internal assertion, and an unknown encoding as ERR_UNKNOWN_ENCODING.
require('../common');
const assert = require('assert');
const { createCipheriv } = require('crypto');

const make = () => createCipheriv('aes-256-cbc', Buffer.alloc(32, 1), Buffer.alloc(16, 2));

{
  const c = make();
  const first = c.update('test', 'utf8', 'latin1');
  assert.strictEqual(typeof first, 'string');
  // 'binary' is another name of latin1: no change.
  assert.strictEqual(c.final('binary').length + first.length, 16);
}
{
  const c = make();
  c.update('test', 'utf8', 'utf8');
  assert.throws(() => c.update('666f6f', 'hex', 'hex'), { code: 'ERR_INTERNAL_ASSERTION', message: /^Cannot change encoding/ });
}
{
  const c = make();
  c.update('test', 'utf8', 'utf8');
  assert.throws(() => c.final('bad2'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bad2' });
}
{
  const c = make();
  assert.throws(() => c.update('test', 'utf8', 'bad3'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bad3' });
}
