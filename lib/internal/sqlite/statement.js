'use strict';
// StatementSync: a prepared statement of a DatabaseSync (lib/sqlite.js). The
// native statement (internalBinding('sqlite')) is finalized when its database
// closes; every call then throws ERR_INVALID_STATE from the binding.
//
// Parameters are bound as node binds them: a first argument that is an object (and
// no ArrayBufferView) names parameters by their full names (':a', '$a', '@a') or,
// when allowed, by bare names ('a'); the remaining arguments fill the anonymous
// ('?', and numbered '?NNN') parameters in order. Each call clears the previous
// bindings.

const binding = internalBinding('sqlite');
const {
  argType, argValue, invalidState, validateBool,
} = require('internal/sqlite/errors');

const kMaxInt64 = 0x7fffffffffffffffn;
const kMinInt64 = -0x8000000000000000n;

function checkValue(value, index) {
  switch (typeof value) {
    case 'number':
    case 'string':
      return;
    case 'bigint':
      if (value > kMaxInt64 || value < kMinInt64) throw argValue('BigInt value is too large to bind.');
      return;
    case 'object':
      if (value === null || ArrayBuffer.isView(value)) return;
  }
  throw argType(`Provided value cannot be bound to SQLite parameter ${index}.`);
}

// node's StatementSync cannot be constructed by users, with or without `new`.
function StatementSync() {
  const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
  throw new ERR_ILLEGAL_CONSTRUCTOR();
}

class Statement {
  #db;
  #handle;
  #readBigInts;
  #returnArrays;
  #allowBare;
  #allowUnknown;
  #names = null; // parameter names by index - 1 (null: anonymous)
  #bare = null; // Map: bare name -> index
  #columns = null; // result column names
  #generation = -1; // the binding's column generation when #columns was read

  constructor(db, handle, options) {
    this.#db = db; // keeps the database (and its functions) alive with the statement
    this.#handle = handle;
    this.#readBigInts = options.readBigInts;
    this.#returnArrays = options.returnArrays;
    this.#allowBare = options.allowBareNamedParameters;
    this.#allowUnknown = options.allowUnknownNamedParameters;
  }

  #paramNames() {
    return this.#names ??= binding.paramNames(this.#handle);
  }

  #bareNames() {
    if (this.#bare !== null) return this.#bare;
    const names = this.#paramNames();
    const bare = new Map();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === null || name[0] === '?') continue;
      const short = name.slice(1);
      const seen = bare.get(short);
      if (seen !== undefined) {
        throw invalidState(`Cannot create bare named parameter '${short}' because of ` +
          `conflicting names '${names[seen - 1]}' and '${name}'.`);
      }
      bare.set(short, i + 1);
    }
    return this.#bare = bare;
  }

  #bindNamed(params, flat) {
    for (const key of Object.getOwnPropertyNames(params)) {
      let index = this.#paramNames().indexOf(key) + 1;
      if (index === 0 && this.#allowBare) index = this.#bareNames().get(key) ?? 0;
      if (index === 0) {
        if (this.#allowUnknown) continue;
        throw invalidState(`Unknown named parameter '${key}'`);
      }
      const value = params[key];
      checkValue(value, index);
      flat.push(index, value);
    }
  }

  // The (index, value) pairs that bind args, validated, flat: the binding takes
  // them as its trailing arguments and binds them in the same call that runs.
  #pairs(args) {
    const flat = [];
    let i = 0;
    const first = args[0];
    if (args.length > 0 && typeof first === 'object' && first !== null &&
        !ArrayBuffer.isView(first)) {
      this.#bindNamed(first, flat);
      i = 1;
    }
    if (i < args.length) {
      const names = this.#paramNames();
      let index = 1;
      for (; i < args.length; i++) {
        while (index <= names.length && names[index - 1] !== null &&
               names[index - 1][0] !== '?') index++;
        checkValue(args[i], index);
        flat.push(index, args[i]);
        index++;
      }
    }
    return flat;
  }

  // The result columns' names, fetched again when the binding reports they
  // changed (SQLite re-prepares a statement after a schema change).
  #columnNames(generation) {
    if (generation !== this.#generation) {
      this.#columns = binding.columnNames(this.#handle);
      this.#generation = generation;
    }
    return this.#columns;
  }

  #shape(names, values, at) {
    const n = names.length;
    if (this.#returnArrays) return values.slice(at, at + n);
    const row = { __proto__: null };
    for (let k = 0; k < n; k++) row[names[k]] = values[at + k];
    return row;
  }

  run(...args) {
    const result = args.length === 0 ?
      binding.run(this.#handle, this.#readBigInts) :
      binding.run(this.#handle, this.#readBigInts, ...this.#pairs(args));
    return { changes: result[0], lastInsertRowid: result[1] };
  }

  get(...args) {
    const values = args.length === 0 ?
      binding.step(this.#handle, this.#readBigInts, true) :
      binding.step(this.#handle, this.#readBigInts, true, ...this.#pairs(args));
    if (values === null) return undefined;
    return this.#shape(this.#columnNames(values[0]), values, 1);
  }

  all(...args) {
    const values = args.length === 0 ?
      binding.all(this.#handle, this.#readBigInts) :
      binding.all(this.#handle, this.#readBigInts, ...this.#pairs(args));
    const names = this.#columnNames(values[0]);
    const rows = [];
    const n = names.length;
    if (n === 0) return rows;
    for (let at = 1; at < values.length; at += n) rows.push(this.#shape(names, values, at));
    return rows;
  }

  iterate(...args) {
    binding.bind(this.#handle, ...this.#pairs(args));
    return new StatementSyncIterator(this, this.#handle);
  }

  // The next row of a running iteration, or null at the end.
  static nextRow(stmt, handle) {
    const values = binding.step(handle, stmt.#readBigInts, false);
    if (values === null) return null;
    return stmt.#shape(stmt.#columnNames(values[0]), values, 1);
  }

  columns() {
    const flat = binding.columns(this.#handle);
    const out = [];
    for (let at = 0; at < flat.length; at += 5) {
      out.push({
        __proto__: null,
        column: flat[at],
        database: flat[at + 1],
        name: flat[at + 2],
        table: flat[at + 3],
        type: flat[at + 4],
      });
    }
    return out;
  }

  get sourceSQL() { return binding.sourceSQL(this.#handle); }

  get expandedSQL() { return binding.expandedSQL(this.#handle); }

  setReadBigInts(readBigInts) {
    validateBool(readBigInts, 'readBigInts');
    binding.sourceSQL(this.#handle); // a finalized statement throws
    this.#readBigInts = readBigInts;
  }

  setReturnArrays(returnArrays) {
    validateBool(returnArrays, 'returnArrays');
    binding.sourceSQL(this.#handle);
    this.#returnArrays = returnArrays;
  }

  setAllowBareNamedParameters(allowBareNamedParameters) {
    validateBool(allowBareNamedParameters, 'allowBareNamedParameters');
    binding.sourceSQL(this.#handle);
    this.#allowBare = allowBareNamedParameters;
  }

  setAllowUnknownNamedParameters(enabled) {
    validateBool(enabled, 'enabled');
    binding.sourceSQL(this.#handle);
    this.#allowUnknown = enabled;
  }
}

const { nextRow } = Statement;
delete Statement.nextRow;
StatementSync.prototype = Statement.prototype;
Object.defineProperty(Statement.prototype, 'constructor', {
  __proto__: null, value: StatementSync, writable: true, enumerable: false, configurable: true,
});

// What iterate() returns: an Iterator over the rows, holding its statement (so a
// statement only the iterator references stays alive). return() ends the run.
class StatementSyncIterator extends Iterator {
  #stmt;
  #handle;
  #done = false;

  constructor(stmt, handle) {
    super();
    this.#stmt = stmt;
    this.#handle = handle;
  }

  next() {
    if (this.#done) return { __proto__: null, done: true, value: null };
    const row = nextRow(this.#stmt, this.#handle);
    if (row === null) {
      this.#done = true;
      return { __proto__: null, done: true, value: null };
    }
    return { __proto__: null, done: false, value: row };
  }

  return() {
    if (!this.#done) binding.reset(this.#handle);
    this.#done = true;
    return { __proto__: null, done: true, value: null };
  }
}

function createStatement(db, handle, options) {
  return new Statement(db, handle, options);
}

module.exports = { StatementSync, createStatement };
