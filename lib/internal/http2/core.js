'use strict';
// Http2Session and Http2Stream over internalBinding('http2').

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function notImplemented(name) {
  return function() {
    throw new ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

module.exports = {
  connect: notImplemented('connect'),
  createServer: notImplemented('createServer'),
  createSecureServer: notImplemented('createSecureServer'),
  performServerHandshake: notImplemented('performServerHandshake'),
};
