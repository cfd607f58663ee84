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

module.exports = {
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  kUniqueHeaders: Symbol('kUniqueHeaders'),
  utcDate,
};
