'use strict';
// The fetch globals: fetch, Headers, Request, Response, FormData.

const { fetch: fetchImpl } = require('internal/fetch/fetch');

// node's fetch is a plain function of length 0 named "fetch".
function fetch(input, init = undefined) {
  return fetchImpl(input, init);
}

module.exports = { fetch };
const { defineLazyProperty } = require('internal/util');
defineLazyProperty(module.exports, 'Headers', () => require('internal/fetch/headers').Headers);
defineLazyProperty(module.exports, 'Request', () => require('internal/fetch/request').Request);
defineLazyProperty(module.exports, 'Response', () => require('internal/fetch/response').Response);
defineLazyProperty(module.exports, 'FormData', () => require('internal/fetch/formdata').FormData);
