'use strict';
// Helpers of node:dgram: the handle for a socket type, and wrapping received bytes.

const { UDP } = internalBinding('udp_wrap');
const { codes } = require('internal/errors');
const { readChunk } = require('internal/stream_base_commons');

function newHandle(type) {
  if (type !== 'udp4' && type !== 'udp6') throw new codes.ERR_SOCKET_BAD_TYPE();
  return new UDP();
}

module.exports = { newHandle, readChunk };
