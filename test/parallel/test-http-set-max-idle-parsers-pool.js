'use strict';
// setMaxIdleHTTPParsers validates its argument and sets the idle parser pool's cap,
// which _http_common shows as parsers.max.
require('../common');
const assert = require('assert');
const http = require('http');
const { parsers } = require('_http_common');

assert.strictEqual(parsers.max, 1000);
assert.throws(() => http.setMaxIdleHTTPParsers('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.setMaxIdleHTTPParsers(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.setMaxIdleHTTPParsers(1.5), { code: 'ERR_OUT_OF_RANGE' });
http.setMaxIdleHTTPParsers(7);
assert.strictEqual(parsers.max, 7);
