'use strict';
// node:perf_hooks and the global `performance`. Clocks come from
// internalBinding('perf') (libuv's monotonic clock from process start, the loop's
// idle time, and nodeTiming's milestones as the runtime reached them).

const binding = internalBinding('perf');
const { codes } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const {
  PerformanceEntry, PerformanceObserver, PerformanceObserverEntryList, clearEntries,
  enqueue, filterEntries, getBuffer, hasObserver, kConstruct,
} = require('internal/perf/observe');
const { createHistogram, monitorEventLoopDelay, RecordableHistogram } =
  require('internal/perf/histogram');
const resourceTiming = require('internal/perf/resource_timing');
const { PerformanceResourceTiming } = resourceTiming;

const now = () => binding.now();

// [v8Start, environment, bootstrapComplete, loopStart, loopExit], -1 until reached;
// asked again only while one is still to come.
let milestoneTimes = binding.milestones();
function milestone(i) {
  if (milestoneTimes[i] === -1) milestoneTimes = binding.milestones();
  return milestoneTimes[i];
}

// `${name}` with V8's message for symbols (JSC's differs).
function toName(name) {
  if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${name}`;
}

function markError(name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = toName(name);
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.startTime', 'number', startTime);
    }
    if (startTime < 0) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException(`${name} cannot have a negative start time`, 'SyntaxError');
    }
    super(kConstruct, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, name, 'measure', start, duration, detail);
  }
}

for (const C of [PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

class PerformanceNodeTiming {
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return milestone(0); }
  get environment() { return milestone(1); }
  get bootstrapComplete() { return milestone(2); }
  get loopStart() { return milestone(3); }
  get loopExit() { return milestone(4); }
  get idleTime() { return binding.idleTime(); }
  // libuv 1.44 counts no events (uv_metrics_info came in 1.45): those two read 0.
  get uvMetricsInfo() {
    return { loopCount: binding.loopCount(), events: 0, eventsWaiting: 0 };
  }

  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
      nodeStart: 0, v8Start: this.v8Start, bootstrapComplete: this.bootstrapComplete,
      environment: this.environment, loopStart: this.loopStart, loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    const { uvMetricsInfo, ...rest } = this.toJSON();
    void uvMetricsInfo;
    return `PerformanceNodeTiming ${inspect(rest, options)}`;
  }
}

const nodeTiming = new PerformanceNodeTiming();
const milestones = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart'];

function markTime(name) {
  if (typeof name === 'number') return name;
  if (milestones.includes(name)) return nodeTiming[name];
  const marks = getBuffer();
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].entryType === 'mark' && marks[i].name === name) return marks[i].startTime;
  }
  throw markError(name);
}

function eventLoopUtilization(util1, util2) {
  const loopStart = milestone(3);
  if (loopStart === -1) return { idle: 0, active: 0, utilization: 0 };
  if (util2 !== undefined) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.idleTime();
  const active = now() - loopStart - idle;
  if (util1 === undefined) return { idle, active, utilization: active / (idle + active) };
  const dIdle = idle - util1.idle;
  const dActive = active - util1.active;
  return { idle: dIdle, active: dActive, utilization: dActive / (dIdle + dActive) };
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function timerifiedFn(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      const duration = now() - start;
      if (histogram !== undefined) histogram.record(Math.max(1, Math.round(duration * 1e6)));
      if (hasObserver('function')) {
        const entry = new PerformanceEntry(kConstruct, fn.name, 'function', start, duration, args);
        // node's function entries also carry the call's arguments by index.
        for (let i = 0; i < args.length; i++) entry[i] = args[i];
        enqueue(entry);
      }
    };
    if (result !== null && typeof result?.finally === 'function' && !new.target) {
      return result.finally(finish);
    }
    finish();
    return result;
  }
  Object.defineProperties(timerifiedFn, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerifiedFn;
}

class Performance extends EventTarget {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  now() { return now(); }
  get timeOrigin() { return binding.timeOrigin; }
  get nodeTiming() { return nodeTiming; }

  mark(name, options) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    enqueue(mark);
    return mark;
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = toName(name);
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const { start: s, end: e, duration: d } = startOrOptions;
      if (s !== undefined && e !== undefined && d !== undefined) {
        throw new codes.ERR_INVALID_ARG_VALUE('options', startOrOptions);
      }
      detail = cloneDetail(startOrOptions.detail);
      end = e !== undefined ? markTime(e) : (s !== undefined && d !== undefined ?
        markTime(s) + d : now());
      start = s !== undefined ? markTime(s) : (d !== undefined ? end - d : 0);
    } else {
      end = endMark !== undefined ? markTime(`${endMark}`) : now();
      start = startOrOptions !== undefined ? markTime(`${startOrOptions}`) : 0;
    }
    const measure = new PerformanceMeasure(kConstruct, name, start, end - start, detail);
    enqueue(measure);
    return measure;
  }

  clearMarks(name) {
    clearEntries('mark', name === undefined ? undefined : toName(name));
  }

  clearMeasures(name) {
    clearEntries('measure', name === undefined ? undefined : toName(name));
  }

  clearResourceTimings(name) {
    clearEntries('resource', name === undefined ? undefined : toName(name));
  }

  getEntries() {
    return filterEntries([...getBuffer()]);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    return filterEntries([...getBuffer()], toName(name), type === undefined ? undefined : toName(type));
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    return filterEntries([...getBuffer()], undefined, toName(type));
  }

  setResourceTimingBufferSize(maxSize) {
    resourceTiming.setResourceTimingBufferSize(maxSize);
  }

  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
                     responseStatus, deliveryType = undefined) {
    return resourceTiming.markResourceTiming(this, timingInfo, requestedUrl, initiatorType, global,
      cacheMode, bodyInfo, responseStatus, deliveryType);
  }

  toJSON() {
    return {
      nodeTiming: nodeTiming,
      timeOrigin: binding.timeOrigin,
      eventLoopUtilization: eventLoopUtilization(),
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    return `Performance ${inspect(this.toJSON(), options)}`;
  }
}

// The very functions perf_hooks exports, as in node.
for (const fn of [eventLoopUtilization, timerify]) {
  Object.defineProperty(Performance.prototype, fn.name, {
    value: fn, writable: true, enumerable: true, configurable: true,
  });
}

const performance = new Performance(kConstruct);

const constants = Object.freeze({
  __proto__: null,
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
  constants,
};
// node's constants cannot be replaced or redefined.
Object.defineProperty(module.exports, 'constants', { writable: false, configurable: false });
