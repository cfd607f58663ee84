'use strict';
// Connections a net.Server hands to child processes (child.send(message, socket))
// stay the server's, as in node: server.getConnections() counts those the children
// still hold, and server.close() emits 'close' only once they have closed. The
// parent asks each child over the IPC channel in node's own messages, each carrying
// the server's connection key:
//   NODE_SOCKET_GET_COUNT    -> NODE_SOCKET_COUNT { count }
//   NODE_SOCKET_NOTIFY_CLOSE -> NODE_SOCKET_ALL_CLOSED, once the child holds none.

const EventEmitter = require('events');
const { codes } = require('internal/errors');

const kLists = Symbol('kSocketLists');

// The list of one channel end (a ChildProcess, or process in a child) for one
// server key and direction, made on first use.
function listOf(target, direction, key, make) {
  target[kLists] ??= { sent: new Map(), received: new Map() };
  const lists = target[kLists][direction];
  let list = lists.get(key);
  if (list === undefined) {
    list = make();
    lists.set(key, list);
  }
  return list;
}

// The parent's side: one child's share of one server's connections. Emits 'exit'
// (with itself) when the child exits.
class SentSockets extends EventEmitter {
  constructor(child, key) {
    super();
    this.child = child;
    this.key = key;
    child.once('exit', () => this.emit('exit', this));
  }

  // Sends cmd and calls back with the child's reply, or ERR_CHILD_CLOSED_BEFORE_REPLY
  // when the channel goes first.
  ask(cmd, reply, swallowErrors, callback) {
    const child = this.child;
    if (!child.connected) {
      process.nextTick(callback, new codes.ERR_CHILD_CLOSED_BEFORE_REPLY());
      return;
    }
    const stop = () => {
      child.removeListener('internalMessage', onReply);
      child.removeListener('disconnect', onGone);
    };
    const onReply = (message) => {
      if (message.cmd !== reply || message.key !== this.key) return;
      stop();
      callback(null, message);
    };
    const onGone = () => {
      stop();
      callback(new codes.ERR_CHILD_CLOSED_BEFORE_REPLY());
    };
    child.on('internalMessage', onReply);
    child.once('disconnect', onGone);
    child._send({ cmd, key: this.key }, undefined, { swallowErrors });
  }

  getConnections(callback) {
    this.ask('NODE_SOCKET_GET_COUNT', 'NODE_SOCKET_COUNT', false,
             (err, message) => callback(err, err ? undefined : message.count));
  }

  close(callback) {
    this.ask('NODE_SOCKET_NOTIFY_CLOSE', 'NODE_SOCKET_ALL_CLOSED', true, callback);
  }
}

// A server's socket about to travel to child: the server now counts it through
// the child. detach: the parent gives its copy up (no keepOpen).
function socketSent(child, socket, message, detach) {
  const server = socket._server;
  if (!server) return;
  const key = server._connectionKey;
  message.key = key;
  const list = listOf(child, 'sent', key, () => {
    const made = new SentSockets(child, key);
    server._usingWorkers = true;
    server._workers.push(made);
    made.once('exit', () => {
      const i = server._workers.indexOf(made);
      if (i !== -1) server._workers.splice(i, 1);
    });
    return made;
  });
  void list;
  if (detach) {
    server._connections--;
    socket._server = null;
  }
}

// The child's side: the sockets of one parent server it holds.
function socketReceived(target, socket, message) {
  if (message.key === undefined) return;
  const key = message.key;
  const list = listOf(target, 'received', key, () => {
    const made = new EventEmitter();
    made.count = 0;
    const allClosed = () => {
      if (target.connected) target._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key }, undefined, { swallowErrors: true });
    };
    target.on('internalMessage', (m) => {
      if (m.key !== key) return;
      if (m.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        if (made.count === 0) allClosed();
        else made.once('empty', allClosed);
      } else if (m.cmd === 'NODE_SOCKET_GET_COUNT' && target.connected) {
        target._send({ cmd: 'NODE_SOCKET_COUNT', key, count: made.count }, undefined, {});
      }
    });
    return made;
  });
  list.count++;
  socket.once('close', () => {
    if (--list.count === 0) list.emit('empty');
  });
}

module.exports = { socketSent, socketReceived };
