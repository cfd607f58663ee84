'use strict';
// The fetch globals: fetch, Headers, Request, Response, FormData.

const { fetch: fetchImpl } = require('internal/fetch/fetch');

// node's fetch is a plain function of length 0 named "fetch".
function fetch(input, init = undefined) {
  if (arguments.length < 1) {
    return Promise.reject(new TypeError('fetch: At least 1 argument required, but only 0 present.'));
  }
  return fetchImpl(input, init);
}

module.exports = { fetch };
const { defineLazyProperty } = require('internal/util');
defineLazyProperty(module.exports, 'Headers', () => require('internal/fetch/headers').Headers);
defineLazyProperty(module.exports, 'Request', () => require('internal/fetch/request').Request);
defineLazyProperty(module.exports, 'Response', () => require('internal/fetch/response').Response);
defineLazyProperty(module.exports, 'FormData', () => require('internal/fetch/formdata').FormData);
