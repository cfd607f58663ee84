'use strict';
// node:cluster in a worker process: cluster.worker, and listening through the
// primary: a server's listen() asks the primary for its handle ('queryServer').
// With SCHED_RR the worker gets a stand-in handle fed with connections the primary
// accepted; with SCHED_NONE it gets the listening socket itself.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper, setWorker } = require('internal/cluster/utils');
const { kOwner } = require('internal/stream_base_commons');

const cluster = new EventEmitter();
const handles = new Map();
const indexes = new Map();

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker() {
  setWorker(true);
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) {
      // The primary went away or disconnected us without asking: end, as node does.
      process.exit(0);
    }
  });
  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') worker._disconnect(true);
  }
};

// Called by net's listen in a worker. cb(errno, handle).
cluster._getServer = function _getServer(server, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = require('path').resolve(address);
  }
  const indexesKey = `${address}:${options.port}:${options.addressType}:${options.fd}`;
  let index = indexes.get(indexesKey);
  if (index === undefined) index = 0;
  else index++;
  indexes.set(indexesKey, index);

  const message = {
    act: 'queryServer',
    index,
    // What the server wants its siblings to share (a TLS server's ticket keys):
    // the primary keeps the first worker's and hands it to every later one.
    data: typeof server._getServerData === 'function' ? server._getServerData() : null,
    address,
    port: options.port,
    addressType: options.addressType,
    fd: options.fd,
    flags: options.flags,
    backlog: options.backlog,
  };
  send(message, (reply, handle) => {
    if (reply.data && typeof server._setServerData === 'function') server._setServerData(reply.data);
    if (handle) {
      shared(reply, handle, indexesKey, index, cb);
    } else {
      rr(reply, indexesKey, index, cb);
    }
  });
  server.once('listening', () => {
    cluster.worker.state = 'listening';
    const addr = server.address();
    send({
      act: 'listening',
      port: (addr && addr.port) || options.port,
      address: (addr && addr.address) ?? address,
      addressType: options.addressType,
      fd: options.fd,
    });
  });
};

function removeIndexesKey(indexesKey, index) {
  if (index === 0) indexes.delete(indexesKey);
  else indexes.set(indexesKey, index - 1);
}

function shared(message, handle, indexesKey, index, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function() {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return close.apply(handle, arguments);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// The stand-in listening handle of SCHED_RR.
class RoundRobinWorkerHandle {
  constructor(key, sockname, indexesKey, index) {
    this.key = key;
    this.sockname = sockname;
    this.indexesKey = indexesKey;
    this.index = index;
    this.onconnection = null;
    // A listening server keeps its worker alive even when the IPC channel that
    // feeds it connections is unref'd, as a real listening socket would.
    this.keepAlive = setInterval(() => {}, 0x7fffffff);
  }

  listen() {
    return 0;
  }

  close(cb) {
    clearInterval(this.keepAlive);
    send({ act: 'close', key: this.key });
    handles.delete(this.key);
    removeIndexesKey(this.indexesKey, this.index);
    if (typeof cb === 'function') process.nextTick(cb);
  }

  getsockname(out) {
    if (this.sockname) Object.assign(out, this.sockname);
    return 0;
  }

  ref() {
    this.keepAlive.ref();
  }

  unref() {
    this.keepAlive.unref();
  }

  hasRef() {
    return this.keepAlive.hasRef();
  }
}

function rr(message, indexesKey, index, cb) {
  if (message.errno) {
    cb(message.errno, null);
    return;
  }
  const handle = new RoundRobinWorkerHandle(message.key, message.sockname, indexesKey, index);
  handles.set(message.key, handle);
  cb(0, handle);
}

function onconnection(message, handle) {
  const key = message.key;
  const server = handles.get(key);
  let accepted = server !== undefined && typeof server.onconnection === 'function';
  // A server at its maxConnections turns the connection back to the primary, which
  // hands it to another worker, unless it was told to drop such connections itself
  // (dropMaxConnection: net's onconnection then emits 'drop' and closes it).
  const owner = accepted ? server[kOwner] : undefined;
  if (owner && !owner.dropMaxConnection && owner.maxConnections != null &&
      owner._connections >= owner.maxConnections) {
    accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else handle?.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

Worker.prototype._disconnect = function(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waitingCount = 1;
  const checkWaitingCount = () => {
    waitingCount--;
    if (waitingCount === 0) {
      if (primaryInitiated) process.disconnect();
      else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    }
  };
  for (const handle of handles.values()) {
    waitingCount++;
    if (handle[kOwner]) handle[kOwner].close(checkWaitingCount);
    else handle.close(checkWaitingCount);
  }
  handles.clear();
  checkWaitingCount();
};

Worker.prototype.disconnect = function() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    this._disconnect();
  }
  return this;
};

Worker.prototype.destroy = function() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
