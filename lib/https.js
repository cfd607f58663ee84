'use strict';
// node:https — HTTP over TLS: an https.Server is a tls.Server whose secure sockets go
// to http's connection listener; an https.Agent is an http.Agent that connects with
// tls.connect and caches TLS sessions per destination for resumption.

const tls = require('tls');
const http = require('http');
const net = require('net');
const { Server: TLSServer } = require('_tls_wrap');
const { validateObject } = require('internal/validators');

class Server extends TLSServer {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    options = { ...options };
    if (!options.ALPNProtocols && !options.ALPNCallback) options.ALPNProtocols = ['http/1.1'];
    super(options);
    const { storeHTTPOptions, _connectionListener, kConnections, setupConnectionsTracking } =
      require('_http_server');
    storeHTTPOptions.call(this, options);
    this[kConnections] = new (require('internal/http/server_connections').ConnectionList)();
    // As for http: idle keep-alive connections are tracked so close() ends them.
    this.on('listening', setupConnectionsTracking);
    this.httpAllowHalfOpen = false;
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
    this.headersTimeout = options.headersTimeout ?? 60000;
    this.requestTimeout = options.requestTimeout ?? 300000;
    if (requestListener) this.on('request', requestListener);
    this.on('secureConnection', _connectionListener);
    this.on('tlsClientError', (err, socket) => {
      if (!this.emit('clientError', err, socket)) socket.destroy(err);
    });
  }

  close(cb) {
    require('_http_server').httpServerPreClose(this);
    return super.close(cb);
  }

  closeAllConnections() { http.Server.prototype.closeAllConnections?.call(this); }
  closeIdleConnections() { http.Server.prototype.closeIdleConnections?.call(this); }
  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// The TLS options that make two connections differ, in node's order.
const kNameFields = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve',
  'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
    this._sessionCache = { map: { __proto__: null }, list: [] };
  }

  createConnection(...args) {
    // (options), (port, options), (port, host, options), each maybe with a callback.
    const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    const [port, host, opts] = args;
    let options;
    if (port !== null && typeof port === 'object') options = { ...port };
    else if (host !== null && typeof host === 'object') options = { ...host };
    else if (opts !== null && typeof opts === 'object') options = { ...opts };
    else options = {};
    if (typeof port === 'number') options.port = port;
    if (typeof host === 'string') options.host = host;
    if (options.servername === undefined && options.host && !net.isIP(options.host)) {
      options.servername = options.host;
    }
    options._agentKey = this.getName(options);
    const session = this._getSession(options._agentKey);
    if (session) options.session = session;
    const socket = tls.connect(options);
    // The agent's own 'keylog' listeners hear its connections' key material.
    if (this.listenerCount('keylog') > 0) socket.on('keylog', (line) => this.emit('keylog', line, socket));
    socket.on('session', (s) => this._cacheSession(options._agentKey, s));
    socket.once('close', (hadError) => {
      if (hadError) this._evictSession(options._agentKey);
    });
    if (typeof cb === 'function') socket.once('secureConnect', () => {});
    return socket;
  }

  getName(options = {}) {
    let name = super.getName(options);
    for (const field of kNameFields) {
      name += ':';
      const value = options[field];
      if (value === undefined || value === null) continue;
      // The server name counts only where it differs from the host; sigalgs as JSON.
      if (field === 'servername') {
        if (value !== options.host) name += value;
      } else if (field === 'sigalgs') {
        name += JSON.stringify(value);
      } else {
        name += value;
      }
    }
    return name;
  }

  _getSession(key) { return this._sessionCache.map[key]; }

  _cacheSession(key, session) {
    if (this.maxCachedSessions === 0) return;
    const cache = this._sessionCache;
    if (cache.map[key] === undefined) {
      if (cache.list.length >= this.maxCachedSessions) delete cache.map[cache.list.shift()];
      cache.list.push(key);
    }
    cache.map[key] = session;
  }

  _evictSession(key) {
    const cache = this._sessionCache;
    const index = cache.list.indexOf(key);
    if (index === -1) return;
    cache.list.splice(index, 1);
    delete cache.map[key];
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// A WHATWG URL, recognised by shape as http's ClientRequest does.
function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    typeof v.hostname === 'string' && typeof v.pathname === 'string';
}

function request(...args) {
  const { ClientRequest } = http;
  let input = null;
  if (typeof args[0] === 'string' || isURL(args[0])) input = args.shift();
  let options = args[0] !== null && typeof args[0] === 'object' ? { ...args.shift() } : {};
  const cb = args[0];
  options._defaultAgent = module.exports.globalAgent;
  return input === null ? new ClientRequest(options, cb) : new ClientRequest(input, options, cb);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

const { callableClass } = require('internal/util');
module.exports = {
  Agent: callableClass(Agent), globalAgent, Server: callableClass(Server), createServer, get, request,
};
