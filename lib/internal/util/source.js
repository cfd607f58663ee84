'use strict';
// Source lines of user files, for the line printed above an uncaught error.

function readSourceLine(fileName, line) {
  let text;
  if (fileName.startsWith('file://')) {
    try {
      fileName = require('internal/modules/esm/url').fileURLToPath(fileName);
    } catch {
      return undefined;
    }
  }
  if (fileName.startsWith('node:') || fileName === '[eval]' || fileName === '[stdin]') {
    const { getEvalSource } = require('internal/util/eval_source');
    text = getEvalSource(fileName);
  } else {
    text = internalBinding('fs').readFileUtf8(fileName);
  }
  if (typeof text !== 'string') return undefined;
  const lines = text.split(/\r?\n/);
  let src = lines[line - 1];
  if (src === undefined) return undefined;
  if (line === 1 && src.startsWith('#!')) src = src;
  return src;
}

module.exports = { readSourceLine };
