'use strict';
// Shared between node:repl and the `eddy` entry point: the option that marks the
// REPL the process itself runs (its errors reach process 'uncaughtException'
// listeners when there are some).

module.exports = { kStandaloneREPL: Symbol('kStandaloneREPL') };
