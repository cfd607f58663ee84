'use strict';
// Entry points that run an ES module: the main file, and --input-type=module
// source from -e or stdin.

const loader = require('internal/modules/esm/loader');
const { pathToFileURL } = require('internal/modules/esm/url');

// The process waits for a main module that awaits; if the loop empties first the
// await can never settle: node then exits with code 13 (unless the program chose
// another), which 'exit' listeners already see, and warns.
function watchMain(promise, r) {
  let settled = false;
  let marked = false; // exit code 13 set for the unsettled await
  promise.then(() => {
    settled = true;
    if (marked && process.exitCode === 13) process.exitCode = undefined;
  }, (err) => {
    settled = true;
    require('internal/process/execution').triggerUncaughtException(err, true);
  });
  process.prependListener('beforeExit', () => {
    if (settled || marked || (process.exitCode !== undefined && process.exitCode !== 0)) return;
    marked = true;
    process.exitCode = 13;
  });
  process.prependOnceListener('exit', (code) => {
    if (settled || !marked || code !== 13 || internalBinding('process').options.noWarnings) return;
    // The module still suspended: the deepest one awaiting, as node reports it.
    let stuck = r;
    for (const m of loader.registry.values()) {
      if (m.tlaLocation !== undefined && m.status === 'evaluating') stuck = m;
    }
    const at = stuck.tlaLocation;
    const where = at ? `${stuck.url}:${at.line}\n${at.text}\n${' '.repeat(at.column)}^\n` : `${stuck.url}\n`;
    internalBinding('fs').writeString(2, `Warning: Detected unsettled top-level await at ${where}\n\n\n`);
  });
}

// Errors of the main module reach 'uncaughtException' with the origin
// 'unhandledRejection', as node's promise-based module job reports them.
// The main module runs in a promise job, as node's module job does: a chain of
// awaits in it (an import() of CommonJS, say) completes before process.nextTick
// callbacks queued meanwhile run.
function runRecord(r) {
  r.isMain = true;
  Promise.resolve().then(() => {
    let result;
    try {
      result = loader.asyncHooksActive() ? loader.runAsync(r) : loader.run(r);
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, true);
      return;
    }
    if (result instanceof Promise) watchMain(result, r);
  });
}

function runMainESM(filename, format) {
  if (internalBinding('process').options.inputType !== '') {
    // --input-type is for -e, -p and stdin: a main module file refuses it, as node's.
    const { codes } = require('internal/errors');
    require('internal/process/execution').triggerUncaughtException(new codes.ERR_INPUT_TYPE_NOT_ALLOWED(), true);
    return;
  }
  if (loader.asyncHooksActive()) {
    // module.register() hooks resolve and load the entry point too.
    const url = pathToFileURL(filename);
    const entry = { url, tlaLocation: undefined };
    const p = loader.entryRecordAsync(url).then((r) => {
      r.isMain = true;
      return loader.runAsync(r);
    });
    watchMain(p, entry);
    return;
  }
  runRecord(loader.entryRecord(pathToFileURL(filename), format));
}

// --entry-url: the main module named by a URL (relative ones against the working
// directory), resolved and loaded as an import of it.
function runMainURL(specifier) {
  process.emitWarning('--entry-url is an experimental feature and might change at any time',
    'ExperimentalWarning');
  let r;
  try {
    const url = new URL(specifier, pathToFileURL(`${process.cwd()}/`)).href;
    r = loader.getModule(url, undefined);
  } catch (err) {
    require('internal/process/execution').triggerUncaughtException(err, true);
    return;
  }
  runRecord(r);
}

// A worker made from a data: URL: that module is its main one.
function runEntryURL(url) {
  let r;
  try {
    r = loader.getModule(url, undefined);
  } catch (err) {
    require('internal/process/execution').triggerUncaughtException(err, true);
    return;
  }
  runRecord(r);
}

let evalCount = 0;
function evalModule(name, source, print) {
  if (print) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_EVAL_ESM_CANNOT_PRINT();
  }
  // file:///cwd/[eval1], brackets as the URL parser leaves them (node's own URL).
  const url = `${pathToFileURL(`${process.cwd()}/`)}${name.slice(0, -1)}${++evalCount}]`;
  // Its text is no file: kept for error source lines and assert.ok's message.
  require('internal/util/source').setSourceText(url, source);
  runRecord(loader.entryRecord(url, 'module', source));
}

module.exports = { runMainESM, runMainURL, runEntryURL, evalModule };
