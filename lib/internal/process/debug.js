'use strict';
// The process methods node keeps for its inspector and for embedders: process.debugPort's
// check, _debugProcess and _linkedBinding. Loaded on first use; the bootstrap defines
// the properties. The errors are shaped as node's C++ makes them (a plain Error or
// RangeError with a code), not as lib/internal/errors' NodeErrors.

// process.debugPort = value: the value as a 32-bit integer, which must be 0 or a port
// from 1024 to 65535 (null, undefined and non-numbers become 0, as in node).
function debugPortFrom(value) {
  const port = value | 0;
  if ((port !== 0 && port < 1024) || port > 65535) {
    const err = new RangeError('process.debugPort must be 0 or in range 1024 to 65535');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return port;
}

// Sends pid the SIGUSR1 that starts node's inspector, as node does. eddy has no
// inspector of its own: an eddy process without a SIGUSR1 listener ends on it.
function debugProcess(pid) {
  if (typeof pid !== 'number') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  const { signals } = internalBinding('constants').os;
  const errno = process._kill(pid, signals.SIGUSR1);
  if (errno === 0) return;
  // node reports this one with strerror's text: "ESRCH, No such process".
  const [code, message] = require('internal/errors').uvErrorInfo(errno);
  const err = new Error(`${code}, ${message[0].toUpperCase()}${message.slice(1)}`);
  err.errno = -errno;
  err.code = code;
  err.syscall = 'kill';
  throw err;
}

// Bindings an embedder linked into the binary: eddy has none.
function linkedBinding(name) {
  const err = new Error(`No such binding was linked: ${name}`);
  err.code = 'ERR_INVALID_MODULE';
  throw err;
}

module.exports = { debugPortFrom, debugProcess, linkedBinding };
