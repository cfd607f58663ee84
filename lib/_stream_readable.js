'use strict';
// Legacy alias kept for packages that require('_stream_readable').

module.exports = require('stream').Readable;
