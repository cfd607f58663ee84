'use strict';
// node:http2 over nghttp2 (internalBinding('http2')): sessions and streams live in
// lib/internal/http2/core.js, the request/response compatibility API in
// lib/internal/http2/compat.js, settings/constants/headers helpers in
// lib/internal/http2/util.js.

const {
  constants,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  sensitiveHeaders,
} = require('internal/http2/util');
const core = require('internal/http2/server');
const { Http2ServerRequest, Http2ServerResponse } = require('internal/http2/compat');

module.exports = {
  connect: core.connect,
  constants,
  createServer: core.createServer,
  createSecureServer: core.createSecureServer,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake: core.performServerHandshake,
  sensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};
