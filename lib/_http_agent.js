'use strict';
// http.Agent: pools client sockets per host:port[:localAddress][:family]. A socket whose
// response ended emits 'free'; the agent hands it to a waiting request or keeps it (when
// keepAlive) in freeSockets, else destroys it.

const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateOneOf, validateString } = require('internal/validators');

// NODE_DEBUG=http: the logger replaces itself on first use (a no-op when disabled).
let debug = require('internal/util/debuglog').debuglog('http', (fn) => { debug = fn; });

function freeSocketErrorListener(err) {
  const socket = this;
  socket.destroy();
  socket.emit('agentRemove');
}

class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    // Don't confuse net and make it think that we're connecting to a pipe.
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    // How much earlier than the server's Keep-Alive timeout hint a free socket is dropped.
    const buffer = this.options.agentKeepAliveTimeoutBuffer;
    this.agentKeepAliveTimeoutBuffer = typeof buffer === 'number' && buffer >= 0 && Number.isFinite(buffer)
      ? buffer : 1000;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
    validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
    if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;

    this.on('free', (socket, options) => {
      const name = this.getName(options);
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      const requests = this.requests[name];
      if (requests && requests.length) {
        const req = requests.shift();
        setRequestSocket(this, req, socket);
        if (requests.length === 0) delete this.requests[name];
        return;
      }
      const req = socket._httpMessage;
      if (!req || !req.shouldKeepAlive || !this.keepAlive) {
        socket.destroy();
        return;
      }
      const freeSockets = this.freeSockets[name] || [];
      const freeLen = freeSockets.length;
      let count = freeLen;
      if (this.sockets[name]) count += this.sockets[name].length;
      if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets || freeLen >= this.maxFreeSockets ||
          !this.keepSocketAlive(socket)) {
        socket.destroy();
        return;
      }
      this.freeSockets[name] = freeSockets;
      socket._httpMessage = null;
      this.removeSocket(socket, options);
      socket.once('error', freeSocketErrorListener);
      freeSockets.push(socket);
    });
  }

  createConnection(...args) {
    return net.createConnection(...args);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  addRequest(req, options, port, localAddress) {
    if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    if (options.servername === undefined) options.servername = serverName(options, req);
    const name = this.getName(options);
    this.sockets[name] ||= [];
    const freeSockets = this.freeSockets[name];
    let socket;
    if (freeSockets) {
      while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
      socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
      if (!freeSockets.length) delete this.freeSockets[name];
    }
    const freeLen = freeSockets ? freeSockets.length : 0;
    const sockLen = freeLen + this.sockets[name].length;
    if (socket) {
      this.reuseSocket(socket, req);
      setRequestSocket(this, req, socket);
      this.sockets[name].push(socket);
    } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, s) => {
        if (err) req.onSocket(s, err);
        else setRequestSocket(this, req, s);
      });
    } else {
      this.requests[name] ||= [];
      this.requests[name].push(req);
    }
  }

  createSocket(req, options, cb) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    const name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;
    debug('createConnection', name);
    let called = false;
    const oncreate = (err, s) => {
      if (called) return;
      called = true;
      if (err) return cb(err);
      this.sockets[name] ||= [];
      this.sockets[name].push(s);
      this.totalSocketCount++;
      installListeners(this, s, options);
      cb(null, s);
    };
    if (this.keepAlive) {
      options.keepAlive = this.keepAlive;
      options.keepAliveInitialDelay = this.keepAliveMsecs;
    }
    let newSocket;
    try {
      newSocket = this.createConnection(options, oncreate);
    } catch (err) {
      oncreate(err);
      return;
    }
    if (newSocket) oncreate(null, newSocket);
  }

  removeSocket(s, options) {
    const name = this.getName(options);
    const sets = [this.sockets];
    if (!s.writable) sets.push(this.freeSockets);
    for (const sockets of sets) {
      if (sockets[name]) {
        const index = sockets[name].indexOf(s);
        if (index !== -1) {
          sockets[name].splice(index, 1);
          if (sockets[name].length === 0) delete sockets[name];
        }
      }
    }
    // A slot is free: a new socket for the oldest waiting request, of this origin first.
    // The new socket announces itself with 'free', which hands it to that request.
    let req;
    if (this.requests[name] && this.requests[name].length) {
      req = this.requests[name][0];
    } else {
      for (const key of Object.keys(this.requests)) {
        // An origin already at its own limit keeps waiting.
        if (this.sockets[key] && this.sockets[key].length) break;
        req = this.requests[key][0];
        options = req[kRequestOptions];
        break;
      }
    }
    if (req && options) {
      req[kRequestOptions] = undefined;
      this.createSocket(req, options, (err, socket) => {
        if (err) req.onSocket(socket, err);
        else socket.emit('free');
      });
    }
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let agentTimeout = this.options.timeout || 0;
    const res = socket._httpMessage?.res;
    if (res) {
      const hint = res.headers['keep-alive'];
      const m = hint && /(?:^|[\s,])timeout=(\d+)/.exec(hint);
      if (m) {
        const serverHintTimeout = Number.parseInt(m[1]) * 1000 - this.agentKeepAliveTimeoutBuffer;
        if (serverHintTimeout > 0 && (agentTimeout === 0 || serverHintTimeout < agentTimeout)) agentTimeout = serverHintTimeout;
        else if (serverHintTimeout <= 0) return false;
      }
    }
    if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
    return true;
  }

  reuseSocket(socket, req) {
    req.reusedSocket = true;
    socket.removeListener('error', freeSocketErrorListener);
    socket.ref();
  }

  destroy() {
    for (const set of [this.freeSockets, this.sockets]) {
      for (const key of Object.keys(set)) {
        for (const s of set[key].slice()) s.destroy();
      }
    }
  }
}
Agent.defaultMaxSockets = Infinity;

const kRequestOptions = Symbol('requestOptions');

// The TLS server name: the Host header's host part when there is one (it must be a
// string), else options.host; never an IP address.
function serverName(options, req) {
  let name = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    validateString(hostHeader, 'options.headers.host');
    if (hostHeader.startsWith('[')) {
      const end = hostHeader.indexOf(']');
      name = end === -1 ? hostHeader : hostHeader.substring(1, end);
    } else {
      const colon = hostHeader.indexOf(':');
      name = colon === -1 ? hostHeader : hostHeader.substring(0, colon);
    }
  }
  // (A name starting with a letter and without ':' is no IP address: the usual case.)
  if (typeof name === 'string' && name.length > 0) {
    const c = name.charCodeAt(0) | 0x20;
    if (c >= 0x61 && c <= 0x7a && !name.includes(':')) return name;
  }
  if (net.isIP(name)) name = '';
  return name;
}

function installListeners(agent, s, options) {
  function onFree() {
    agent.emit('free', s, options);
  }
  s.on('free', onFree);
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  s.on('close', onClose);
  function onTimeout() {
    // Only free sockets time out here; a busy one is the request's business.
    const sockets = agent.freeSockets;
    if (Object.keys(sockets).some((name) => sockets[name].includes(s))) s.destroy();
  }
  s.on('timeout', onTimeout);
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);
}

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

module.exports = {
  Agent: require('internal/util').callableClass(Agent),
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
  kRequestOptions,
};
