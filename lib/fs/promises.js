'use strict';
// node:fs/promises: the promise form of every fs operation (lib/internal/fs/promises.js).

module.exports = require('internal/fs/promises').exports;
