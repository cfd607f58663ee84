'use strict';
// node:util — first version; the complete module replaces this file.

const { format, formatWithOptions, inspect } = require('internal/util/inspect');

module.exports = { format, formatWithOptions, inspect };
