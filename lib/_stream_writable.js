'use strict';
// Legacy alias kept for packages that require('_stream_writable').

module.exports = require('stream').Writable;
