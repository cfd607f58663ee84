'use strict';
// Legacy alias kept for packages that require('_stream_passthrough').

module.exports = require('stream').PassThrough;
