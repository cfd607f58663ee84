'use strict';
// A warning made by process.emitWarning has a stack that starts at its caller,
// with no frame of process.emitWarning's own.
const common = require('../common');
const assert = require('assert');

function callerOfEmitWarning() {
  process.emitWarning('from a function');
}

process.on('warning', common.mustCall((warning) => {
  const frames = warning.stack.split('\n');
  assert.strictEqual(frames[0], 'Warning: from a function');
  assert.match(frames[1], /^ {4}at callerOfEmitWarning \(/);
  assert.doesNotMatch(warning.stack, /emitWarning/);
}));
callerOfEmitWarning();
