'use strict';
// Legacy: the JS stream socket (a net.Socket over any Duplex), deprecated (DEP0125).

module.exports = require('internal/js_stream_socket');

process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');
