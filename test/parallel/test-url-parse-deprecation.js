'use strict';
// url.parse() warns once (DEP0169); a hostname that has to be cut warns once too
// (DEP0170).
const common = require('../common');
const assert = require('assert');
const url = require('url');

const warnings = [];
process.on('warning', (warning) => warnings.push([warning.name, warning.code, warning.message]));
url.parse('http://x/');
url.parse('https://evil.com:.example.com');
url.parse('git+ssh://git@github.com:npm/npm');
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP0169', '`url.parse()` behavior is not standardized and prone to ' +
      'errors that have security implications. Use the WHATWG URL API instead. CVEs are not ' +
      'issued for `url.parse()` vulnerabilities.'],
    ['DeprecationWarning', 'DEP0170', 'The URL https://evil.com:.example.com is invalid. Future ' +
      'versions of Node.js will throw an error.'],
  ]);
}), 10);

assert.throws(() => url.parse(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.parse('http://[127.0.0.1\x00c8763]:8000/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.parse('http://fail\u2100fail.com/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.parse('http://%E0%A4%A@fail'), URIError);

// Controls at both ends are trimmed.
assert.strictEqual(url.parse('\bhttp://example.com/\b').href, 'http://example.com/');
