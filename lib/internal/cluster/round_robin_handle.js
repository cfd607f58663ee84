'use strict';
// SCHED_RR: the primary listens and accepts; each connection goes to the next
// free worker (one that acknowledged its previous connection) over IPC.

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    this.handle = null;
    this.server = net.createServer(() => {});
    if (typeof fd === 'number' && fd >= 0) this.server.listen({ fd, backlog });
    else if (port >= 0) this.server.listen({ port, host: address, ipv6Only: Boolean(flags & 1), backlog });
    else this.server.listen({ path: address, backlog });
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle.getsockname) {
        const out = {};
        this.handle.getsockname(out);
        send(null, { sockname: out }, null);
      } else {
        send(null, null, null);
      }
      this.handoff(worker);
    };
    if (this.server === null) {
      done();
      return;
    }
    this.server.once('listening', done);
    this.server.once('error', (err) => send(err.errno, null));
  }

  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.handles) handle.close();
    this.handles = [];
    if (this.handle) this.handle.close();
    else if (this.server) this.server.close();
    this.handle = null;
    return true;
  }

  distribute(err, handle) {
    if (err) return;
    this.handles.push(handle);
    const first = this.free.entries().next();
    if (!first.done) {
      const [id, worker] = first.value;
      this.free.delete(id);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    const message = { act: 'newconn', key: this.key };
    sendHelper(worker.process, message, handle, (reply) => {
      if (reply.accepted) handle.close();
      else this.distribute(0, handle);
      this.handoff(worker);
    });
  }
}

module.exports = RoundRobinHandle;
