'use strict';
// IPv4 hosts in every number form the URL Standard reads (short, hex, octal,
// one 32-bit number, a trailing dot) serialize to dotted decimal; a host whose
// last label is a number that is not a valid address fails. The host sits in
// an otherwise simple URL, the shape the parser's fast path takes.
require('../common');
const assert = require('assert');

const expected = {
  '127.1': 'ws://127.0.0.1:9000/socket?q#f',
  '0x7f.1': 'ws://127.0.0.1:9000/socket?q#f',
  '0177.0.0.1': 'ws://127.0.0.1:9000/socket?q#f',
  '1.2.3.4.': 'ws://1.2.3.4:9000/socket?q#f',
  '4294967295': 'ws://255.255.255.255:9000/socket?q#f',
  '4294967296': 'ERR_INVALID_URL',
  '0x': 'ws://0.0.0.0:9000/socket?q#f',
  '1.256': 'ws://1.0.1.0:9000/socket?q#f',
  'a.1b': 'ws://a.1b:9000/socket?q#f',
  'a.0x1g': 'ws://a.0x1g:9000/socket?q#f',
  '09': 'ERR_INVALID_URL',
  '127.0.0.01': 'ws://127.0.0.1:9000/socket?q#f',
  'x.09': 'ERR_INVALID_URL',
};
for (const [host, href] of Object.entries(expected)) {
  let actual;
  try {
    actual = new URL(`ws://${host}:9000/socket?q#f`).href;
  } catch (err) {
    actual = err.code;
  }
  assert.strictEqual(actual, href, host);
}
