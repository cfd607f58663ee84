'use strict';
// Web streams listed in structuredClone()'s transfer list. The clone is a new
// stream of the same kind joined to the original by a pipe that structured-clones
// each chunk on its way, as node's (whose chunks cross a MessagePort) does; the
// original stays locked while the pipe runs. Nothing here holds the event loop.

const { kType } = require('internal/webstreams/util');

const kinds = new Set(['ReadableStream', 'WritableStream', 'TransformStream']);

// The kind of web stream value is ('ReadableStream', ...), or undefined.
function streamKind(value) {
  if (value === null || typeof value !== 'object') return undefined;
  const kind = value[kType];
  return kinds.has(kind) ? kind : undefined;
}

function isLocked(stream, kind) {
  if (kind === 'TransformStream') return stream.readable.locked || stream.writable.locked;
  return stream.locked;
}

// The twin reads the original only when read itself, and lets the original go
// before it closes, so that once the twin is done the original is unlocked.
function transferReadable(stream, clone) {
  const { ReadableStream } = require('internal/webstreams/readablestream');
  const reader = stream.getReader();
  return new ReadableStream({
    async pull(controller) {
      let result;
      try {
        result = await reader.read();
      } catch (err) {
        reader.releaseLock();
        controller.error(err);
        return;
      }
      if (result.done) {
        reader.releaseLock();
        controller.close();
      } else {
        controller.enqueue(clone(result.value));
      }
    },
    cancel(reason) {
      const cancelled = reader.cancel(reason);
      reader.releaseLock();
      return cancelled;
    },
  }, { highWaterMark: 0 });
}

function transferWritable(stream, clone) {
  const { WritableStream } = require('internal/webstreams/writablestream');
  const writer = stream.getWriter();
  const release = () => writer.releaseLock();
  return new WritableStream({
    write(chunk) {
      return writer.write(clone(chunk));
    },
    close() {
      const closed = writer.close();
      closed.then(release, release);
      return closed;
    },
    abort(reason) {
      const aborted = writer.abort(reason);
      aborted.then(release, release);
      return aborted;
    },
  });
}

// The twin of stream (of kind), which from now on is fed by or feeds stream.
function transferStream(stream, kind, clone) {
  if (kind === 'ReadableStream') return transferReadable(stream, clone);
  if (kind === 'WritableStream') return transferWritable(stream, clone);
  const { transformStreamFromPair } = require('internal/webstreams/transformstream');
  return transformStreamFromPair(transferReadable(stream.readable, clone), transferWritable(stream.writable, clone));
}

module.exports = { streamKind, isLocked, transferStream };
