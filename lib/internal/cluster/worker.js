'use strict';
// cluster.Worker: the primary's view of a worker process, and in a worker
// cluster.worker itself.

const EventEmitter = require('events');

class Worker extends EventEmitter {
  constructor(options = {}) {
    super();
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || 'none';
    this.id = options.id | 0;
    if (options.process) {
      this.process = options.process;
      this.process.on('error', (code, signal) => this.emit('error', code, signal));
      this.process.on('message', (message, handle) => this.emit('message', message, handle));
    }
  }

  kill(signo) {
    this.destroy(signo);
  }

  send(...args) {
    return this.process.send(...args);
  }

  isDead() {
    return this.process.exitCode != null || this.process.signalCode != null;
  }

  isConnected() {
    return this.process.connected;
  }
}

module.exports = Worker;
