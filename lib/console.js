'use strict';
// node:console is the global console object (with .Console on it).

module.exports = require('internal/console/global');
