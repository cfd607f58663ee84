'use strict';
// node:path/posix is path.posix.
module.exports = require('path').posix;
