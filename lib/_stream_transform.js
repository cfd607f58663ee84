'use strict';
// Legacy alias kept for packages that require('_stream_transform').

module.exports = require('stream').Transform;
