'use strict';
// node:http. The server is _http_server, the client _http_client with _http_agent's
// pooling; both parse with llhttp through _http_common.

const { methods, setMaxIdleHTTPParsers } = require('_http_common');
const { defineLazyProperty } = require('internal/util/lazy_property');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const server = require('_http_server');
const { STATUS_CODES, Server, ServerResponse } = server;

let clientModule;
function client() {
  clientModule ??= require('_http_client');
  return clientModule;
}
let agentModule;
function agent() {
  agentModule ??= require('_http_agent');
  return agentModule;
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  const { ClientRequest } = client();
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: server._connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent: null,
  ClientRequest: null,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  get maxHeaderSize() { return server.maxHeaderSize; },
  get globalAgent() { return agent().globalAgent; },
  set globalAgent(value) { agent().globalAgent = value; },
  // The WebSocket client and its events, as the globals of the same names.
  get WebSocket() { return require('internal/websocket').WebSocket; },
  get CloseEvent() { return require('internal/websocket').CloseEvent; },
  get MessageEvent() { return require('internal/worker/io').MessageEvent; },
};

// The client side loads on first use. Agent and ClientRequest (null above only to keep
// node's key order) are assignable, as in node, where mocking libraries replace them.
defineLazyProperty(module.exports, 'Agent', () => agent().Agent);
defineLazyProperty(module.exports, 'ClientRequest', () => client().ClientRequest);
