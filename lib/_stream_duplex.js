'use strict';
// Legacy alias kept for packages that require('_stream_duplex').

module.exports = require('stream').Duplex;
