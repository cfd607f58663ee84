'use strict';
// SCHED_NONE: the primary makes the listening socket once and every worker
// listens on its own copy of it; the kernel spreads the connections.

const net = require('net');

class SharedHandle {
  constructor(key, address, { port, addressType, fd, flags }) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    const rval = addressType === 'udp4' || addressType === 'udp6' ?
      require('dgram')._createSocketHandle(address, port, addressType, fd, flags) :
      net._createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') this.errno = rval;
    else this.handle = rval;
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    send(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.delete(worker.id)) return false;
    if (this.workers.size !== 0) return false;
    this.handle?.close();
    this.handle = null;
    return true;
  }
}

module.exports = SharedHandle;
