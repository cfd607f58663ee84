'use strict';
// The fs binding node:fs and its helpers call: internalBinding('fs') itself, or,
// under --permission, one whose path calls are checked first
// (internal/process/permission). The module loader keeps the raw binding.

module.exports = require('internal/options').permissionEnabled ?
  require('internal/process/permission').fsBinding() : internalBinding('fs');
