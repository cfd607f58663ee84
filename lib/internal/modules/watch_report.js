'use strict';
// A program run under watch mode (internal/main/watch_mode.js) tells the watching
// process which files it loads, so that a change to any of them runs it again. The
// watcher starts it with WATCH_REPORT_DEPENDENCIES set and an IPC channel; each file
// is one message, { 'watch:require': [filename] } from the CommonJS loader and
// { 'watch:import': [url] } from the ES module loader, as node's programs send. The
// loaders load this module only when that variable is set.

function reportRequire(filename) {
  if (typeof process.send === 'function') process.send({ 'watch:require': [filename] });
}

function reportImport(url) {
  if (typeof process.send === 'function') process.send({ 'watch:import': [url] });
}

module.exports = { reportRequire, reportImport };
