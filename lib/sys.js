'use strict';
// node:sys: the deprecated (DEP0025) old name of node:util.

module.exports = require('util');
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
