'use strict';
// Helpers shared by the http modules: the cached Date header and shared symbols.

let dateCache;
let dateTimer = null;

function resetDateCache() {
  dateCache = undefined;
  dateTimer = null;
}

// The Date header changes once a second; build it once per second at most.
function utcDate() {
  if (dateCache === undefined) {
    const now = new Date();
    dateCache = now.toUTCString();
    dateTimer = setTimeout(resetDateCache, 1000 - now.getMilliseconds());
    dateTimer.unref();
  }
  return dateCache;
}

// perf_hooks 'http' entries (HttpRequest for the server, HttpClient for the client),
// made only while an observer wants them.
let observe;
function httpObserved() {
  observe ??= require('internal/perf/observe');
  return observe.hasObserver('http');
}

function perfNow() {
  return internalBinding('perf').now();
}

function emitHttpEntry(name, start, detail) {
  const { PerformanceEntry, kConstruct, enqueue } = observe;
  enqueue(new PerformanceEntry(kConstruct, name, 'http', start, perfNow() - start, detail));
}

module.exports = {
  emitHttpEntry,
  httpObserved,
  kPerfStart: Symbol('kPerfStart'),
  perfNow,
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  kUniqueHeaders: Symbol('kUniqueHeaders'),
  utcDate,
};
