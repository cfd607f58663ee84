'use strict';
// importModuleDynamically values of eddy's own (not on the vm module): the REPL's
// import() uses the main loader, as USE_MAIN_CONTEXT_DEFAULT_LOADER does, without
// its experimental warning.

module.exports = { kReplMainLoader: Symbol('repl main context loader') };
