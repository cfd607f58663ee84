'use strict';
// What an http server keeps per connection (ConnectionState, as socket[kState]) and the
// two lists it threads through those states: every open connection (ConnectionList)
// and the idle keep-alive ones, ordered by deadline (the idle list). lib/_http_server.js
// is their only user; https and http2's HTTP/1 fallback reach them through it.

const { getLibuvNow } = require('internal/timers');

const kState = Symbol('kHttpState');
const kIdleList = Symbol('kIdleList');

// What the server keeps per connection. The request and response queues are shared
// empty arrays until a connection has entries (an idle keep-alive connection holds
// neither).
const kNone = Object.freeze([]);
class ConnectionState {
  constructor(socket, parser) {
    this.socket = socket;
    // The parser while it reads the socket: the native parser does not keep its JS side
    // alive (see http_parser.c), and user code may drop socket.parser.
    this.parser = parser;
    this.incoming = kNone; // requests not yet answered, oldest first
    // In the server's keep-alive list (idleDeadline > 0) or not.
    this.idleDeadline = 0;
    this.idlePrev = null;
    this.idleNext = null;
    // In the server's ConnectionList (connPrev, connNext; linked while open).
    this.connPrev = null;
    this.connNext = null;
  }
}
// Fields that only pipelining and maxRequestsPerSocket change start on the prototype
// (JSC sizes the object from the fields its constructor assigns).
ConnectionState.prototype.outgoing = kNone; // responses waiting for the socket
ConnectionState.prototype.outgoingData = 0; // bytes of those responses
ConnectionState.prototype.requestsCount = 0;

// The server's open connections (closeAllConnections, closeIdleConnections and the
// headersTimeout/requestTimeout check walk them): a list threaded through each
// connection's ConnectionState. A Set's entry cost ~157 bytes of heap per connection;
// the two fields, 16. Only sockets with a ConnectionState join (every connection the
// connection listener took); iteration walks a copy, so a socket may leave meanwhile.
class ConnectionList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.size = 0;
  }

  add(socket) {
    const state = socket[kState];
    if (!state || this.has(socket)) return this;
    state.connPrev = this.tail;
    state.connNext = null;
    if (this.tail === null) this.head = state;
    else this.tail.connNext = state;
    this.tail = state;
    this.size++;
    return this;
  }

  has(socket) {
    const state = socket[kState];
    return !!state && (state.connPrev !== null || this.head === state);
  }

  delete(socket) {
    if (!this.has(socket)) return false;
    const state = socket[kState];
    const { connPrev: prev, connNext: next } = state;
    if (prev === null) this.head = next;
    else prev.connNext = next;
    if (next === null) this.tail = prev;
    else next.connPrev = prev;
    state.connPrev = null;
    state.connNext = null;
    this.size--;
    return true;
  }

  [Symbol.iterator]() {
    const sockets = [];
    for (let state = this.head; state !== null; state = state.connNext) sockets.push(state.socket);
    return sockets[Symbol.iterator]();
  }
}

function listRemove(state, key, item) {
  const list = state[key];
  if (list.length === 1 && list[0] === item) state[key] = kNone;
  else if (list[0] === item) list.shift();
  else {
    const i = list.indexOf(item);
    if (i !== -1) list.splice(i, 1);
  }
}

// --- keep-alive timeouts -----------------------------------------------------------
// One timer per server rather than one per idle connection: the server's idle
// connections wait in a list ordered by deadline, and the timer is set for the head.
// When it fires, every connection whose deadline has passed times out.

class IdleList {
  constructor(server, onTimeout) {
    this.server = server;
    this.onTimeout = onTimeout;
    this.head = null;
    this.tail = null;
    this.timer = null;
    this.timerDeadline = 0;
  }
}

// onTimeout(socket) is called for each connection whose deadline passed.
function idleAdd(server, state, delay, onTimeout) {
  const list = server[kIdleList] ??= new IdleList(server, onTimeout);
  if (state.idleDeadline !== 0) idleRemove(server, state);
  const deadline = getLibuvNow() + delay;
  state.idleDeadline = deadline;
  // Deadlines mostly arrive in order: walk back from the tail to the place.
  let prev = list.tail;
  while (prev !== null && prev.idleDeadline > deadline) prev = prev.idlePrev;
  const next = prev === null ? list.head : prev.idleNext;
  state.idlePrev = prev;
  state.idleNext = next;
  if (prev === null) list.head = state;
  else prev.idleNext = state;
  if (next === null) list.tail = state;
  else next.idlePrev = state;
  if (list.timer === null || deadline < list.timerDeadline) idleArm(list, deadline, delay);
}

function idleRemove(server, state) {
  const list = server[kIdleList];
  const { idlePrev: prev, idleNext: next } = state;
  if (prev === null) list.head = next;
  else prev.idleNext = next;
  if (next === null) list.tail = prev;
  else next.idlePrev = prev;
  state.idlePrev = null;
  state.idleNext = null;
  state.idleDeadline = 0;
}

function idleArm(list, deadline, delay) {
  if (list.timer !== null) clearTimeout(list.timer);
  list.timerDeadline = deadline;
  list.timer = setTimeout(idleOnTimer, delay, list);
  list.timer.unref();
}

function idleOnTimer(list) {
  list.timer = null;
  const now = getLibuvNow();
  let state;
  while ((state = list.head) !== null && state.idleDeadline <= now) {
    idleRemove(list.server, state);
    list.onTimeout(state.socket);
  }
  if (state !== null && list.timer === null) idleArm(list, state.idleDeadline, state.idleDeadline - now);
}

module.exports = { ConnectionList, ConnectionState, idleAdd, idleRemove, kNone, kState, listRemove };
