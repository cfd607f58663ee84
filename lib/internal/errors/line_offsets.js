'use strict';
// Column offsets that wrappers add on line 1 (the CommonJS wrapper, an ES module's),
// keyed by file name, so that stack frames report the user's own columns. Kept apart
// from the stack formatter (internal/errors/stack), which reads them: every module
// load records its offset here, and a program that never formats a stack never
// compiles the formatter.

const firstLineOffsets = new Map();

function setFirstLineOffset(filename, offset) {
  firstLineOffsets.set(filename, offset);
}

module.exports = { firstLineOffsets, setFirstLineOffset };
