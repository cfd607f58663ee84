'use strict';
// IncomingMessage: a request on the server, a response on the client. A stream.Readable
// whose body chunks come from the parser; headers are built from rawHeaders on first use.

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kEofPending = Symbol('kEofPending');

// Reading from the connection, as the parser sees it: a consumed handle is paused in C,
// else the socket itself.
function readStart(socket) {
  if (!socket || socket.destroyed) return;
  const parser = socket.parser;
  if (parser && parser.consumed) {
    // (A connection paused by flood control resumes when its responses drain.)
    if (parser.readStopped && socket._paused !== true) {
      parser.readStopped = false;
      parser.readStart();
      // What socket.resume() would say; the socket's own reading stays off.
      if (socket.listenerCount('resume') > 0) socket.emit('resume');
    }
  } else if (socket.isPaused() && socket._paused !== true) {
    socket.resume();
  }
}

function readStop(socket) {
  if (!socket) return;
  const parser = socket.parser;
  if (parser && parser.consumed) {
    if (!parser.readStopped) {
      parser.readStopped = true;
      parser.readStop();
      // What socket.pause() would say; the socket's own reading stays off.
      if (socket.listenerCount('pause') > 0) socket.emit('pause');
    }
  } else {
    socket.pause();
  }
}

// An IncomingMessage is a Readable whose stream state is made on first use: most
// requests have no body and are never read, and building a Readable is a large part of
// a request's cost. The class therefore does not call Readable's constructor itself;
// the _readableState accessor below does, the first time anything needs the stream.
class IncomingMessage {
  constructor(socket) {
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
  }

  get connection() {
    return this.socket;
  }

  set connection(value) {
    this.socket = value;
  }

  get headers() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < src.length; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  }

  set headers(value) {
    this[kHeaders] = value;
  }

  get headersDistinct() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < src.length; n += 2) addDistinct(src[n], src[n + 1], dst);
    }
    return this[kHeadersDistinct];
  }

  set headersDistinct(value) {
    this[kHeadersDistinct] = value;
  }

  get trailers() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < src.length; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kTrailers];
  }

  set trailers(value) {
    this[kTrailers] = value;
  }

  get trailersDistinct() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < src.length; n += 2) addDistinct(src[n], src[n + 1], dst);
    }
    return this[kTrailersDistinct];
  }

  set trailersDistinct(value) {
    this[kTrailersDistinct] = value;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  _read(n) {
    if (this[kEofPending]) {
      this[kEofPending] = false;
      this._consuming = true;
      this.push(null);
      return;
    }
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    // A paused connection resumes once the body is wanted again.
    if (this.socket && this.socket.readable) readStart(this.socket);
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    // An unread body on a live connection leaves it unusable: close it.
    if (this.socket && !this.socket.destroyed && this.aborted) {
      this.socket.destroy(err);
      const cleanup = require('stream').finished(this.socket, (e) => {
        if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
        cleanup();
        process.nextTick(onError, this, e || err, cb);
      });
    } else {
      process.nextTick(onError, this, err, cb);
    }
  }

  _addHeaderLines(headers, n) {
    if (!headers || !headers.length) return;
    const lines = headers.slice(0, n);
    if (this.complete) this.rawTrailers = lines;
    else this.rawHeaders = lines;
    // An object already made (read, or set by the user) takes the lines too; one not
    // yet made is built from the raw lines when first read.
    const dest = this.complete ? this[kTrailers] : this[kHeaders];
    if (dest) for (let i = 0; i + 1 < lines.length; i += 2) this._addHeaderLine(lines[i], lines[i + 1], dest);
  }

  _addHeaderLine(field, value, dest) {
    field = matchKnownFields(field);
    const flag = field.charCodeAt(0);
    if (flag === 0 || flag === 2) {
      field = field.slice(1);
      // Make a delimited list
      if (typeof dest[field] === 'string') {
        dest[field] += (flag === 0 ? ', ' : '; ') + value;
      } else {
        dest[field] = value;
      }
    } else if (flag === 1) {
      // Array header -- only Set-Cookie at the moment
      if (dest['set-cookie'] !== undefined) {
        dest['set-cookie'].push(value);
      } else {
        dest['set-cookie'] = [value];
      }
    } else if (this.joinDuplicateHeaders) {
      if (dest[field] === undefined) {
        dest[field] = value;
      } else {
        dest[field] += ', ' + value;
      }
    } else if (dest[field] === undefined) {
      // Drop duplicates
      dest[field] = value;
    }
  }

  _addHeaderLineDistinct(field, value, dest) {
    addDistinct(field, value, dest);
  }

  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      // Discard the rest of the body: nobody will read it.
      this.removeAllListeners('data');
      this.resume();
    }
  }
}

Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

const kStreamStarted = Symbol('kStreamStarted');
function startStream(msg) {
  msg[kStreamStarted] = true;
  // As in node, the message buffers as much as its socket does.
  const hwm = msg.socket?.readableHighWaterMark;
  Readable.call(msg, hwm === undefined ? undefined : { highWaterMark: hwm });
  // Reading starts when the body is wanted (_read), not when the stream is made.
  msg._readableState.readingMore = true;
  return msg._readableState;
}

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true,
  enumerable: false,
  get() {
    return startStream(this);
  },
  set(value) {
    Object.defineProperty(this, '_readableState', { value, writable: true, configurable: true, enumerable: true });
  },
});

// Whether anything has used the message as a stream yet.
function streamStarted(msg) {
  return msg[kStreamStarted] === true;
}

// Defaults most messages never change live on the prototype (fewer properties added per
// message: JSC builds objects with long chains of added properties slowly).
Object.assign(IncomingMessage.prototype, {
  joinDuplicateHeaders: false,
  _consuming: false,
  _dumped: false,
  [kHeaders]: null,
  [kHeadersDistinct]: null,
  [kTrailers]: null,
  [kTrailersDistinct]: null,
  [kEofPending]: false,
  [kStreamStarted]: false,
});

function onError(self, error, cb) {
  // This is to keep backward compatible behavior: an error with no 'error' listener
  // is not rethrown.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

function addDistinct(field, value, dest) {
  const key = field.toLowerCase();
  if (!dest[key]) dest[key] = [value];
  else dest[key].push(value);
}

// The flag in front says what to do with a duplicate: '\u0000' join with ', ',
// '\u0001' collect in an array, '\u0002' join with '; '; a plain name keeps the first.
const dropDuplicates = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization', 'proxy-authorization',
  'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards', 'retry-after', 'etag',
  'last-modified', 'server', 'age', 'expires',
]);

const knownFields = new Map();
function matchKnownFields(field) {
  let r = knownFields.get(field);
  if (r !== undefined) return r;
  const lower = field.toLowerCase();
  if (lower === 'set-cookie') r = '\u0001';
  else if (lower === 'cookie') r = '\u0002' + lower;
  else if (dropDuplicates.has(lower)) r = lower;
  else r = '\u0000' + lower;
  if (knownFields.size < 1000) knownFields.set(field, r);
  return r;
}

module.exports = { IncomingMessage, kEofPending, readStart, readStop, streamStarted };
