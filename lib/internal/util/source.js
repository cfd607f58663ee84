'use strict';
// Source lines of the files named in stack frames, for the line printed above an
// uncaught error and for mapping JSC's columns to V8's. Files are read once and
// kept (a few dozen at most).

const kMaxFiles = 64;
const cache = new Map();

// Sources that are not files: what node:vm last ran under a name (with its line
// offset), consulted before the disk.
const given = new Map();
function setSourceText(fileName, text, lineOffset = 0) {
  const prev = given.get(fileName);
  if (prev !== undefined && prev.text === text && prev.lineOffset === lineOffset) return;
  if (given.size >= kMaxFiles && prev === undefined) given.delete(given.keys().next().value);
  given.set(fileName, { text, lineOffset });
  cache.delete(fileName);
}

function loadLines(fileName) {
  let lines = cache.get(fileName);
  if (lines !== undefined) return lines;
  let text;
  const source = given.get(fileName);
  if (source !== undefined) {
    text = '\n'.repeat(Math.max(0, source.lineOffset)) + source.text;
  } else if (fileName.startsWith('node:')) {
    text = internalBinding('builtins').source(fileName.slice(5));
  } else if (fileName === '[eval]' || fileName === '[stdin]') {
    text = require('internal/util/eval_source').getEvalSource(fileName);
  } else {
    let path = fileName;
    if (path.startsWith('file://')) {
      try {
        path = require('internal/modules/esm/url').fileURLToPath(path);
      } catch {
        return null;
      }
    }
    text = internalBinding('fs').readFileUtf8(path);
  }
  lines = typeof text === 'string' ? text.split(/\r?\n/) : null;
  if (cache.size >= kMaxFiles) cache.delete(cache.keys().next().value);
  cache.set(fileName, lines);
  return lines;
}

function readSourceLine(fileName, line) {
  const lines = loadLines(fileName);
  return lines?.[line - 1];
}

module.exports = { readSourceLine, setSourceText };
