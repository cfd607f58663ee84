'use strict';
// _http_common still exports its token and header-character checks under their old
// underscored names.
require('../common');
const assert = require('assert');
const { _checkIsHttpToken, _checkInvalidHeaderChar } = require('_http_common');

assert.strictEqual(_checkIsHttpToken('Content-Type'), true);
assert.strictEqual(_checkIsHttpToken('a b'), false);
assert.strictEqual(_checkIsHttpToken(''), false);
assert.strictEqual(_checkInvalidHeaderChar('ok\tvalue'), false);
assert.strictEqual(_checkInvalidHeaderChar('bad\r\nvalue'), true);
