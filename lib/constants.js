'use strict';
// node:constants (deprecated in the docs, DEP0008, but still required by packages
// such as fs-extra): one frozen plain object holding os.constants' dlopen,
// errno, priority and signals tables, fs.constants and crypto's table of constants, merged in
// that order as node merges them.

const os = require('os');

module.exports = Object.freeze(Object.assign(
  {},
  os.constants.dlopen,
  os.constants.errno,
  os.constants.priority,
  os.constants.signals,
  require('fs').constants,
  require('internal/crypto/constants'),
));
