'use strict';
// http2.createServer (h2c with prior knowledge), http2.createSecureServer (TLS with
// ALPN 'h2', on eddy's tls.Server), http2.connect and performServerHandshake.

const net = require('net');
const { codes } = require('internal/errors');
const { validateFunction, validateObject, validateNumber, validateUint32 } = require('internal/validators');
const { validateSettings } = require('internal/http2/util');
const {
  ServerHttp2Session,
  ClientHttp2Session,
  kState,
} = require('internal/http2/core');

const kSessions = Symbol('kSessions');
// Named as node's (programs and tests find a server's options by this description).
const kOptions = Symbol('options');

function initializeOptions(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  if (options.settings !== undefined) {
    validateObject(options.settings, 'options.settings');
    validateSettings(options.settings);
  }
  if (options.maxSessionInvalidFrames !== undefined) {
    validateUint32(options.maxSessionInvalidFrames, 'maxSessionInvalidFrames');
  }
  if (options.maxSessionRejectedStreams !== undefined) {
    validateUint32(options.maxSessionRejectedStreams, 'maxSessionRejectedStreams');
  }
  options = { ...options };
  options.Http1IncomingMessage ??= require('http').IncomingMessage;
  options.Http1ServerResponse ??= require('http').ServerResponse;
  options.Http2ServerRequest ??= require('internal/http2/compat').Http2ServerRequest;
  options.Http2ServerResponse ??= require('internal/http2/compat').Http2ServerResponse;
  return options;
}

// Starts an HTTP/2 server session on a connected socket of server.
function connectionListener(server, socket) {
  const options = server[kOptions];
  if (socket.encrypted && socket.alpnProtocol !== 'h2') {
    if (options.allowHTTP1 === true) {
      return require('_http_server')._connectionListener.call(server, socket);
    }
    if (server.emit('unknownProtocol', socket)) return;
    // Nobody handles it: say so in a form an HTTP/1 client may understand, and make
    // sure the socket goes away even if the peer never closes.
    const timer = setTimeout(() => {
      if (!socket.destroyed) socket.destroy();
    }, options.unknownProtocolTimeout ?? 10000);
    socket.once('close', () => clearTimeout(timer));
    socket.end('HTTP/1.0 403 Forbidden\r\n' +
               'Content-Type: text/plain\r\n\r\n' +
               'Missing ALPN Protocol, expected `h2` to be available.\n' +
               'If this is a HTTP request: The server was not ' +
               'configured with the `allowHTTP1` option or a ' +
               'listener for the `unknownProtocol` event.\n');
    return;
  }
  socket.on('error', (err) => {
    // Errors of the socket reach the session's own listener; nothing to add here.
    void err;
  });
  const session = new ServerHttp2Session(options, socket, server);
  if (Array.isArray(options.origins) && options.origins.length) session.origin(...options.origins);
  server[kSessions].add(session);
  session.on('close', () => server[kSessions].delete(session));
  session.on('error', (err) => {
    if (server.listenerCount('sessionError') > 0) server.emit('sessionError', err, session);
  });
  session.on('stream', (stream, headers, flags, rawHeaders) => {
    server.emit('stream', stream, headers, flags, rawHeaders);
  });
  if (server.timeout) session.setTimeout(server.timeout, () => {
    if (!server.emit('timeout', session)) session.destroy();
  });
  server.emit('session', session);
}

function onServerStream(stream, headers, flags, rawHeaders) {
  if (this.listenerCount('request') === 0) return;
  const { onServerStream: compat } = require('internal/http2/compat');
  compat(this, stream, headers, flags, rawHeaders, this[kOptions]);
}

function setupServer(server, options, requestListener) {
  server[kOptions] = options;
  server[kSessions] = new Set();
  server.timeout = 0;
  if (typeof requestListener === 'function') server.on('request', requestListener);
  server.on('stream', onServerStream);
}

const serverMethods = {
  // An async 'stream' or 'request' listener that rejects (events.captureRejections):
  // the response becomes a bare 500 if none was sent yet, else the stream is
  // destroyed with the error.
  [Symbol.for('nodejs.rejection')](err, event, ...args) {
    if (event === 'stream') {
      const [stream] = args;
      if (stream.sentHeaders || stream.destroyed || stream.closed) {
        stream.destroy(err);
      } else {
        stream.respond({ ':status': 500 });
        stream.end();
      }
    } else if (event === 'request') {
      const [, res] = args;
      if (!res.headersSent && !res.finished) {
        // None of the headers set so far goes out with the error.
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(require('http').STATUS_CODES[500]);
      } else {
        res.destroy();
      }
    } else {
      net.Server.prototype[Symbol.for('nodejs.rejection')].call(this, err, event, ...args);
    }
  },
  setTimeout(msecs, callback) {
    validateNumber(msecs, 'msecs', 0);
    this.timeout = msecs;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.on('timeout', callback);
    }
    return this;
  },
  updateSettings(settings) {
    validateObject(settings, 'settings');
    validateSettings(settings);
    this[kOptions].settings = { ...this[kOptions].settings, ...settings };
  },
};

class Http2Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = undefined;
    }
    options = initializeOptions(options);
    super(options, (socket) => connectionListener(this, socket));
    setupServer(this, options, requestListener);
  }

  close(callback) {
    for (const session of this[kSessions]) session.close();
    return super.close(callback);
  }
}
Object.assign(Http2Server.prototype, serverMethods);

let Http2SecureServer;
function secureServerClass() {
  if (Http2SecureServer) return Http2SecureServer;
  const tls = require('tls');
  Http2SecureServer = class Http2SecureServer extends tls.Server {
    constructor(options, requestListener) {
      options = initializeOptions(options);
      // An ALPNCallback chooses the protocol itself (tls refuses it with ALPNProtocols).
      const tlsOptions = { ...options };
      if (options.ALPNCallback === undefined) {
        tlsOptions.ALPNProtocols ??= options.allowHTTP1 === true ? ['h2', 'http/1.1'] : ['h2'];
      }
      super(tlsOptions, (socket) => connectionListener(this, socket));
      setupServer(this, options, requestListener);
      if (options.allowHTTP1 === true) {
        const { storeHTTPOptions, setupConnectionsTracking } = require('_http_server');
        // HTTP/1 requests are made of the classes the options name.
        storeHTTPOptions.call(this, {
          ...options,
          IncomingMessage: options.Http1IncomingMessage,
          ServerResponse: options.Http1ServerResponse,
        });
        setupConnectionsTracking.call(this);
      }
    }

    // HTTP/1 connections (allowHTTP1) that carry no request.
    closeIdleConnections() {
      if (this[kOptions].allowHTTP1 === true) require('http').Server.prototype.closeIdleConnections.call(this);
    }

    close(callback) {
      // Idle HTTP/1 keep-alive connections would hold the server open.
      if (this[kOptions].allowHTTP1 === true) require('_http_server').httpServerPreClose(this);
      for (const session of this[kSessions]) session.close();
      return super.close(callback);
    }
  };
  Object.assign(Http2SecureServer.prototype, serverMethods);
  return Http2SecureServer;
}

function createServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = undefined;
  }
  return new Http2Server(options, handler);
}

// Unlike createServer, the options come first always (node throws for a function).
function createSecureServer(options, handler) {
  const Server = secureServerClass();
  return new Server(options, handler);
}

// http2.connect(authority[, options][, listener])
function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  if (options.settings !== undefined) validateSettings(options.settings);

  if (typeof authority === 'string') authority = new URL(authority);
  else if (authority === null || typeof authority !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('authority', ['string', 'URL'], authority);
  }
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = '' + (authority.port !== '' && authority.port !== undefined ?
    authority.port : (authority.protocol === 'http:' ? 80 : 443));
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }

  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else if (protocol === 'http:') {
    // options.host/port win over the authority's (it then names only :authority).
    socket = net.connect({ port, host, ...options });
  } else if (protocol === 'https:') {
    socket = require('tls').connect({
      port,
      host,
      servername: options.servername ?? (net.isIP(host) ? undefined : host),
      ...options,
      ALPNProtocols: ['h2'],
    });
  } else {
    throw new codes.ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
  }

  const authorityHost = host.includes(':') ? `[${host}]` : host;
  const session = new ClientHttp2Session(options, socket, `${authorityHost}:${port}`, protocol);
  const connectEvent = socket.encrypted || protocol === 'https:' ? 'secureConnect' : 'connect';
  const ready = () => {
    session[kState].connecting = false;
    if (socket.encrypted) {
      session.alpnProtocol = socket.alpnProtocol;
      if (socket.alpnProtocol !== 'h2') {
        const { NghttpError } = require('internal/http2/core');
        session.destroy(new NghttpError(-905, 'ERR_HTTP2_ERROR'));
        return;
      }
    }
    session.emit('connect', session, socket);
  };
  if (socket.connecting || (socket.encrypted && !socket._secureEstablished && connectEvent === 'secureConnect' &&
      socket.alpnProtocol === null)) {
    session[kState].connecting = true;
    socket.once(connectEvent, ready);
  } else {
    process.nextTick(ready);
  }
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

// util.promisify(http2.connect) resolves with the session once it is connected (its
// name is 'connect', as node's).
const connectSession = connect;
Object.defineProperty(connect, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  value: function connect(authority, options) {
    return new Promise((resolve, reject) => {
      const session = connectSession(authority, options, () => {
        session.removeListener('error', reject);
        resolve(session);
      });
      session.once('error', reject);
    });
  },
});

// Starts a server session on a socket that some other code accepted.
function performServerHandshake(socket, options = {}) {
  if (socket === null || typeof socket !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('socket', 'Socket', socket);
  }
  if (typeof socket.on !== 'function') throw new codes.ERR_INVALID_ARG_VALUE('socket', socket);
  options = initializeOptions(options);
  return new ServerHttp2Session(options, socket, undefined);
}

module.exports = {
  connect,
  createServer,
  createSecureServer,
  performServerHandshake,
  Http2Server,
};
