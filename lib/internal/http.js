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

// node.http in the process's trace, as node records it: each request the server
// takes ('http.server.request') and each the client makes ('http.client.request')
// is an async span, from its start to its response's finish or arrival, whose end
// says the URL (the client: the path) and the status code.
const kHttpGroup = 'node,node.http';
const kTraceId = Symbol('kTraceId');
let traceState;

function traceHttpBegin(name, target) {
  traceState ??= require('internal/trace_events/state');
  if (!traceState.isEnabled(kHttpGroup)) return;
  target[kTraceId] = traceState.newTraceId();
  traceState.trace('b', kHttpGroup, name, target[kTraceId]);
}

function traceHttpEnd(name, target, data) {
  if (target[kTraceId] !== undefined) traceState.trace('e', kHttpGroup, name, target[kTraceId], { data });
}

module.exports = {
  emitHttpEntry,
  traceHttpBegin,
  traceHttpEnd,
  httpObserved,
  kPerfStart: Symbol('kPerfStart'),
  perfNow,
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  kUniqueHeaders: Symbol('kUniqueHeaders'),
  utcDate,
};
