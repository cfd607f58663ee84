'use strict';
// node:util/types — the same predicates as util.types.

module.exports = require('internal/util/types').types;
