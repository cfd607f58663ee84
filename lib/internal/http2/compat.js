'use strict';
// The http/1-style compatibility API of node:http2 ('request' event).

class Http2ServerRequest {}
class Http2ServerResponse {}
function onServerStream() {}

module.exports = { Http2ServerRequest, Http2ServerResponse, onServerStream };
