'use strict';
// The source of -e/-p/stdin programs, kept so errors can print their lines.

const sources = new Map();

function setEvalSource(name, source) {
  sources.set(name, source);
}

function getEvalSource(name) {
  return sources.get(name);
}

module.exports = { getEvalSource, setEvalSource };
