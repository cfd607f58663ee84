'use strict';
// An HTTPParser set up without callbacks parses without calling anything (and without
// crashing), returning how many bytes it took.
require('../common');
const assert = require('assert');
const { HTTPParser } = require('_http_common');

const parser = new HTTPParser();
parser.initialize(HTTPParser.REQUEST, {});
const request = Buffer.from('GET /x HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi');
assert.strictEqual(parser.execute(request), request.length);
