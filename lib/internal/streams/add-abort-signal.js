'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError when the
// signal aborts; the listener goes away when the stream finishes.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { addAbortListener, isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');

function validateSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
    () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = addAbortListener(signal, onAbort);
    require('internal/streams/end-of-stream')(stream, () => disposable[Symbol.dispose]());
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
