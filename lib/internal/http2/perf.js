'use strict';
// perf_hooks 'http2' entries, as node makes them: an Http2Session entry when a
// session is destroyed and an Http2Stream entry when a stream is, each with its
// statistics in `detail` and (node's older form) as properties of the entry too.
// A session records statistics only when an observer of 'http2' exists as it is
// made, so an unobserved session pays one check.

let observe;
const perfNow = () => internalBinding('perf').now();

// The statistics record of a new session, or null when nobody observes.
function sessionStats() {
  observe ??= require('internal/perf/observe');
  if (!observe.hasObserver('http2')) return null;
  return {
    start: perfNow(), bytesRead: 0, bytesWritten: 0, pingRTT: 0, streamCount: 0,
    streamDurations: 0, maxConcurrentStreams: 0,
  };
}

function streamStats() {
  return {
    start: perfNow(), bytesRead: 0, bytesWritten: 0, firstByte: 0, firstByteSent: 0, firstHeader: 0,
  };
}

// Time since the record's start, for the first-byte and first-header marks.
const sinceStart = (stats) => perfNow() - stats.start;

function emit(name, start, detail) {
  const { PerformanceEntry, kConstruct, enqueue } = observe;
  const entry = new PerformanceEntry(kConstruct, name, 'http2', start, perfNow() - start, detail);
  Object.assign(entry, detail);
  enqueue(entry);
}

// frames: [received, sent]; type: 'server' or 'client'.
function emitSession(stats, frames, type) {
  if (!observe.hasObserver('http2')) return;
  emit('Http2Session', stats.start, {
    bytesRead: stats.bytesRead,
    bytesWritten: stats.bytesWritten,
    framesReceived: frames[0],
    framesSent: frames[1],
    maxConcurrentStreams: stats.maxConcurrentStreams,
    pingRTT: stats.pingRTT,
    streamAverageDuration: stats.streamCount === 0 ? 0 : stats.streamDurations / stats.streamCount,
    streamCount: stats.streamCount,
    type,
  });
}

// Also adds the stream's duration to its session's record.
function emitStream(stats, sessionRecord) {
  const duration = perfNow() - stats.start;
  if (sessionRecord !== null) sessionRecord.streamDurations += duration;
  if (!observe.hasObserver('http2')) return;
  emit('Http2Stream', stats.start, {
    bytesRead: stats.bytesRead,
    bytesWritten: stats.bytesWritten,
    timeToFirstByte: stats.firstByte,
    timeToFirstByteSent: stats.firstByteSent,
    timeToFirstHeader: stats.firstHeader,
  });
}

module.exports = { sessionStats, streamStats, sinceStart, emitSession, emitStream };
