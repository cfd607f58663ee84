'use strict';
// node:sqlite over the system's libsqlite3 (internalBinding('sqlite'),
// src/binding/sqlite.c). Reached only as 'node:sqlite', as in node. This file is
// DatabaseSync; statements are lib/internal/sqlite/statement.js.
//
// A DatabaseSync keeps the JS functions it registered with function() and
// aggregate() in #functions: the binding holds them unprotected and relies on this
// object (which each of its statements holds) to keep them alive.

const binding = internalBinding('sqlite');
if (binding.loadError) throw new Error(`Cannot load libsqlite3: ${binding.loadError}`);
const { emitExperimentalWarning } = require('internal/util');
const { isURL } = require('internal/url');
const {
  argType, coded, invalidState, validateBool, validateFn, validateObj, validateStr,
} = require('internal/sqlite/errors');
const { StatementSync, createStatement } = require('internal/sqlite/statement');

emitExperimentalWarning('SQLite');

const kPathMessage =
  'The "path" argument must be a string, Uint8Array, or URL without null bytes.';

// The location SQLite opens (a file name, ':memory:' or a file: URI).
function toLocation(path) {
  if (typeof path === 'string') {
    if (!path.includes('\0')) return path;
  } else if (path instanceof Uint8Array) {
    if (!path.includes(0)) return new TextDecoder().decode(path);
  } else if (isURL(path)) {
    if (path.protocol !== 'file:') {
      throw coded(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file:');
    }
    const href = `${path.href}`;
    if (!href.includes('\0')) return href;
  }
  throw argType(kPathMessage);
}

const kDefaults = {
  open: true,
  readOnly: false,
  enableForeignKeyConstraints: true,
  enableDoubleQuotedStringLiterals: false,
  allowExtension: false,
  timeout: 0,
  readBigInts: false,
  returnArrays: false,
  allowBareNamedParameters: true,
  allowUnknownNamedParameters: false,
  defensive: false,
};

function toOptions(options) {
  const out = { ...kDefaults };
  if (options === undefined) return out;
  validateObj(options, 'options');
  for (const key of Object.keys(kDefaults)) {
    const value = options[key];
    if (value === undefined) continue;
    if (key === 'timeout') {
      if (!Number.isInteger(value)) {
        throw argType('The "options.timeout" argument must be an integer.');
      }
    } else {
      validateBool(value, `options.${key}`);
    }
    out[key] = value;
  }
  return out;
}

class Database {
  #handle = null;
  #location;
  #options;
  #functions = [];
  #authorizer = null; // held for the binding, which keeps it unprotected

  constructor(path, options) {
    this.#location = toLocation(path);
    this.#options = toOptions(options);
    if (this.#options.open) this.open();
  }

  // The open native handle, or ERR_INVALID_STATE.
  #open() {
    if (this.#handle === null) throw invalidState('database is not open');
    return this.#handle;
  }

  open() {
    if (this.#handle !== null) throw invalidState('database is already open');
    const o = this.#options;
    this.#handle = binding.open(this.#location, o.readOnly, o.enableForeignKeyConstraints,
                                o.enableDoubleQuotedStringLiterals, o.timeout, o.defensive);
  }

  close() {
    binding.close(this.#open());
    this.#handle = null;
    this.#functions = [];
    this.#authorizer = null;
  }

  get isOpen() { return this.#handle !== null; }

  get isTransaction() { return binding.isTransaction(this.#open()); }

  location(dbName = 'main') {
    const handle = this.#open();
    validateStr(dbName, 'dbName');
    return binding.location(handle, dbName);
  }

  exec(sql) {
    const handle = this.#open();
    validateStr(sql, 'sql');
    binding.exec(handle, sql);
  }

  prepare(sql) {
    const handle = this.#open();
    validateStr(sql, 'sql');
    return createStatement(this, binding.prepare(handle, sql), this.#options);
  }

  createTagStore(maxSize) {
    this.#open();
    const capacity = typeof maxSize === 'number' ? maxSize : 1000;
    return require('internal/sqlite/tag_store').createTagStore(this, capacity);
  }

  enableDefensive(active) {
    const handle = this.#open();
    validateBool(active, 'active');
    binding.setDefensive(handle, active);
  }

  function(name, options, fn) {
    const handle = this.#open();
    validateStr(name, 'name');
    if (arguments.length < 3) {
      fn = options;
      options = {};
    } else {
      validateObj(options, 'options');
    }
    validateFn(fn, 'function');
    const flags = functionFlags(options);
    const argc = flags.varargs ? -1 : fn.length;
    binding.function(handle, name, fn, argc, flags.deterministic, flags.directOnly,
                     flags.useBigIntArguments);
    this.#functions.push(fn);
  }

  aggregate(name, options) {
    const handle = this.#open();
    validateStr(name, 'name');
    validateObj(options, 'options');
    const { start, step, inverse, result } = options;
    if (start === undefined) {
      throw argType('The "options.start" argument must be a function or a primitive value.');
    }
    validateFn(step, 'options.step');
    if (inverse !== undefined) validateFn(inverse, 'options.inverse');
    if (result !== undefined) validateFn(result, 'options.result');
    const flags = functionFlags(options);
    const argc = flags.varargs ? -1 :
      Math.max(0, Math.max(step.length, inverse?.length ?? 0) - 1);
    binding.aggregate(handle, name, start, step, inverse ?? null, result ?? null, argc,
                      flags.deterministic, flags.directOnly, flags.useBigIntArguments);
    this.#functions.push(start, step, inverse, result);
  }

  createSession(options = undefined) {
    const handle = this.#open();
    let table = null;
    let dbName = 'main';
    if (options !== undefined) {
      validateObj(options, 'options');
      if (options.table !== undefined) {
        validateStr(options.table, 'options.table');
        table = options.table;
      }
      if (options.db !== undefined) {
        validateStr(options.db, 'options.db');
        dbName = options.db;
      }
    }
    const { createSession } = require('internal/sqlite/session');
    return createSession(this, binding.createSession(handle, dbName, table));
  }

  applyChangeset(changeset, options = undefined) {
    const handle = this.#open();
    if (!(changeset instanceof Uint8Array)) {
      throw argType('The "changeset" argument must be a Uint8Array.');
    }
    let filter = null;
    let onConflict = null;
    if (options !== undefined) {
      validateObj(options, 'options');
      if ('filter' in options) {
        validateFn(options.filter, 'options.filter');
        filter = options.filter;
      }
      if ('onConflict' in options) {
        validateFn(options.onConflict, 'options.onConflict');
        onConflict = options.onConflict;
      }
    }
    return binding.applyChangeset(handle, changeset, filter, onConflict);
  }

  setAuthorizer(callback) {
    const handle = this.#open();
    if (callback !== null && typeof callback !== 'function') {
      throw argType('The "callback" argument must be a function or null.');
    }
    binding.setAuthorizer(handle, callback);
    this.#authorizer = callback;
  }

  [Symbol.dispose]() {
    if (this.#handle !== null) this.close();
  }

  // The open handle of a DatabaseSync, for backup() (removed from the class below).
  static handleOf(db) {
    if (!(#handle in db)) throw argType('The "sourceDb" argument must be an object.');
    return db.#open();
  }
}

const { handleOf } = Database;
delete Database.handleOf;

function functionFlags(options) {
  const flags = {
    useBigIntArguments: false, varargs: false, deterministic: false, directOnly: false,
  };
  for (const key of Object.keys(flags)) {
    const value = options[key];
    if (value === undefined) continue;
    validateBool(value, `options.${key}`);
    flags[key] = value;
  }
  return flags;
}

Object.defineProperty(Database.prototype, Symbol.for('sqlite-type'), {
  __proto__: null, value: 'node:sqlite', enumerable: false, configurable: true,
});

// node's DatabaseSync is a function that must be called with `new`, and says so in
// its own words (a class's own check says something else).
function DatabaseSync(...args) {
  if (new.target === undefined) {
    throw coded(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  return Reflect.construct(Database, args, new.target);
}
DatabaseSync.prototype = Database.prototype;
Object.defineProperty(Database.prototype, 'constructor', {
  __proto__: null, value: DatabaseSync, writable: true, enumerable: false, configurable: true,
});

const backup = require('internal/sqlite/backup').makeBackup(handleOf, toLocation);

const { Session } = require('internal/sqlite/session');

module.exports = {
  DatabaseSync, StatementSync, Session, backup, constants: binding.constants,
};
