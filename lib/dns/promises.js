'use strict';
// node:dns/promises
module.exports = require('internal/dns/promises');
