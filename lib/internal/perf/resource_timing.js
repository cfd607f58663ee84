'use strict';
// PerformanceResourceTiming entries (performance.markResourceTiming, which fetch
// implementations call with their timing info) and the Resource Timing buffer:
// a primary buffer capped by setResourceTimingBufferSize(), and a secondary one
// whose overflow fires 'resourcetimingbufferfull' on performance so listeners can
// clear or grow the primary before the excess is dropped.

const { codes } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { PerformanceEntry, kConstruct, enqueue, bufferEntry, getBuffer } =
  require('internal/perf/observe');

class PerformanceResourceTiming extends PerformanceEntry {
  #info;
  #initiatorType;
  #cacheMode;
  #bodyInfo;
  #responseStatus;
  #deliveryType;

  constructor(key, requestedUrl, info, initiatorType, cacheMode, bodyInfo, responseStatus,
              deliveryType) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, requestedUrl, 'resource', info.startTime, info.endTime - info.startTime, null);
    this.#info = info;
    this.#initiatorType = initiatorType;
    this.#cacheMode = cacheMode;
    this.#bodyInfo = bodyInfo;
    this.#responseStatus = responseStatus;
    this.#deliveryType = deliveryType;
  }

  get initiatorType() { return this.#initiatorType; }
  get workerStart() { return this.#info.finalServiceWorkerStartTime; }
  get redirectStart() { return this.#info.redirectStartTime; }
  get redirectEnd() { return this.#info.redirectEndTime; }
  get fetchStart() { return this.#info.postRedirectStartTime; }
  get domainLookupStart() { return this.#info.finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return this.#info.finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this.#info.finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this.#info.finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() { return this.#info.finalConnectionTimingInfo?.secureConnectionStartTime; }
  get nextHopProtocol() { return this.#info.finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get requestStart() { return this.#info.finalNetworkRequestStartTime; }
  get responseStart() { return this.#info.finalNetworkResponseStartTime; }
  get responseEnd() { return this.#info.endTime; }
  get encodedBodySize() { return this.#info.encodedBodySize; }
  get decodedBodySize() { return this.#info.decodedBodySize; }
  // A response from the local cache crossed no network; otherwise the body plus
  // the spec's nominal 300 bytes of headers.
  get transferSize() { return this.#cacheMode === 'local' ? 0 : this.#info.encodedBodySize + 300; }
  get deliveryType() { return this.#deliveryType; }
  get responseStatus() { return this.#responseStatus; }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
      deliveryType: this.deliveryType,
      responseStatus: this.responseStatus,
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceResourceTiming ${inspect(this.toJSON(), opts)}`;
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

let bufferSizeLimit = 250;
let secondary = [];
let bufferFullPending = false;

function primaryCount() {
  let n = 0;
  for (const entry of getBuffer()) if (entry.entryType === 'resource') n++;
  return n;
}

function canAddToPrimary() {
  return primaryCount() < bufferSizeLimit;
}

// The Resource Timing spec's "fire a buffer full event" steps: repeat while the
// listeners make room, then drop what still does not fit.
function fireBufferFull(performance) {
  const { Event } = require('internal/event_target');
  while (secondary.length > 0) {
    const before = secondary.length;
    if (!canAddToPrimary()) performance.dispatchEvent(new Event('resourcetimingbufferfull'));
    while (secondary.length > 0 && canAddToPrimary()) bufferEntry(secondary.shift());
    if (before <= secondary.length) secondary = [];
  }
  bufferFullPending = false;
}

function addResourceEntry(performance, entry) {
  if (!bufferFullPending && canAddToPrimary()) {
    bufferEntry(entry);
    return;
  }
  if (!bufferFullPending) {
    bufferFullPending = true;
    setImmediate(fireBufferFull, performance);
  }
  secondary.push(entry);
}

// performance.markResourceTiming(timingInfo, requestedUrl, initiatorType, global,
// cacheMode, bodyInfo, responseStatus[, deliveryType]).
function markResourceTiming(performance, info, requestedUrl, initiatorType, global, cacheMode,
                            bodyInfo, responseStatus, deliveryType = '') {
  const entry = new PerformanceResourceTiming(kConstruct, requestedUrl, info, initiatorType,
    cacheMode, bodyInfo, responseStatus, deliveryType);
  enqueue(entry);
  addResourceEntry(performance, entry);
  return entry;
}

// WebIDL unsigned long, as setResourceTimingBufferSize takes it.
function setResourceTimingBufferSize(maxSize) {
  const n = Number(maxSize);
  bufferSizeLimit = Number.isFinite(n) ? ((Math.trunc(n) % 2 ** 32) + 2 ** 32) % 2 ** 32 : 0;
}

module.exports = { PerformanceResourceTiming, markResourceTiming, setResourceTimingBufferSize };
