'use strict';
// The SQLite database behind one Web Storage area (internal/webstorage): a map of
// strings to strings with node's 10 MB quota, over internalBinding('sqlite').
//
// The file is node's own format, so that node and eddy read each other's
// --localstorage-file: keys and values are the strings' UTF-16LE code units as
// BLOBs (lone surrogates survive, and keys sort as node sorts them: by those
// bytes), and the quota is kept in a one-row state table by triggers that abort an
// insert or update that takes the total past max_size.
//
// The database opens on the first operation, not when the store is made: reading
// globalThis.localStorage alone creates no file, as in node. A failed open is
// tried again by the next operation.

const { Buffer } = require('buffer');
const { coded } = require('internal/sqlite/errors');

const kMaxSize = 10 * 1024 * 1024;

// CREATE ... IF NOT EXISTS throughout: a file node made keeps its own triggers
// (which call octet_length(); see #open). Here the columns are STRICT BLOBs, so
// length() is their size in bytes.
const kSchema = `
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS nodejs_webstorage(
  key BLOB NOT NULL,
  value BLOB NOT NULL,
  PRIMARY KEY(key)
) STRICT;
CREATE TABLE IF NOT EXISTS nodejs_webstorage_state(
  max_size INTEGER NOT NULL DEFAULT ${kMaxSize},
  total_size INTEGER NOT NULL,
  schema_version INTEGER NOT NULL DEFAULT 0,
  single_row_ INTEGER NOT NULL DEFAULT 1 CHECK(single_row_ = 1),
  PRIMARY KEY(single_row_)
) STRICT;
INSERT OR IGNORE INTO nodejs_webstorage_state(total_size, schema_version) VALUES (0, 1);
CREATE TRIGGER IF NOT EXISTS nodejs_quota_insert AFTER INSERT ON nodejs_webstorage
FOR EACH ROW BEGIN
  UPDATE nodejs_webstorage_state
    SET total_size = total_size + length(NEW.key) + length(NEW.value);
  SELECT RAISE(ABORT, 'QuotaExceeded')
    WHERE (SELECT total_size > max_size FROM nodejs_webstorage_state);
END;
CREATE TRIGGER IF NOT EXISTS nodejs_quota_update AFTER UPDATE ON nodejs_webstorage
FOR EACH ROW BEGIN
  UPDATE nodejs_webstorage_state
    SET total_size = total_size + length(NEW.key) + length(NEW.value) -
                     length(OLD.key) - length(OLD.value);
  SELECT RAISE(ABORT, 'QuotaExceeded')
    WHERE (SELECT total_size > max_size FROM nodejs_webstorage_state);
END;
CREATE TRIGGER IF NOT EXISTS nodejs_quota_delete AFTER DELETE ON nodejs_webstorage
FOR EACH ROW BEGIN
  UPDATE nodejs_webstorage_state
    SET total_size = total_size - length(OLD.key) - length(OLD.value);
END;
`;

// The statements each store prepares once, by the name it calls them.
const kStatements = {
  get: 'SELECT value FROM nodejs_webstorage WHERE key = ?',
  // An upsert, not REPLACE: REPLACE deletes the old row without running the
  // delete trigger, which would leave its size counted.
  set: 'INSERT INTO nodejs_webstorage(key, value) VALUES (?, ?) ' +
       'ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  remove: 'DELETE FROM nodejs_webstorage WHERE key = ?',
  clear: 'DELETE FROM nodejs_webstorage',
  count: 'SELECT count(*) FROM nodejs_webstorage',
  keyAt: 'SELECT key FROM nodejs_webstorage ORDER BY key LIMIT 1 OFFSET ?',
  keys: 'SELECT key FROM nodejs_webstorage ORDER BY key',
};

let binding; // internalBinding('sqlite'), made (and libsqlite3 opened) on first use

const encode = (string) => Buffer.from(string, 'utf16le');
const decode = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  .toString('utf16le');

class StorageStore {
  #location;
  #handle = null; // the database: its statements close when it is collected
  #statements = null; // by kStatements' names, once open

  // location: a file name, or ':memory:' for a store that ends with the process.
  constructor(location) {
    this.#location = location;
  }

  // The prepared statements, opening the database first if it is not open. A
  // failure to open is node's ERR_INVALID_STATE with SQLite's message.
  #open() {
    if (this.#statements !== null) return this.#statements;
    binding ??= internalBinding('sqlite');
    if (binding.loadError) {
      throw coded(Error, 'ERR_INVALID_STATE', `Cannot load libsqlite3: ${binding.loadError}`);
    }
    let handle;
    try {
      handle = binding.open(this.#location, false, true, false, 0, false);
    } catch (err) {
      throw coded(Error, 'ERR_INVALID_STATE', err.message);
    }
    try {
      // node's triggers (in a file node made) count bytes with octet_length(),
      // which SQLite has from 3.43 on; older libraries get it from here.
      try {
        binding.exec(handle, "SELECT octet_length(x'')");
      } catch {
        binding.function(handle, 'octet_length', octetLength, 1, true, false, false);
      }
      binding.exec(handle, kSchema);
      const statements = { __proto__: null };
      for (const name of Object.keys(kStatements)) {
        statements[name] = binding.prepare(handle, kStatements[name]);
      }
      this.#handle = handle;
      this.#statements = statements;
    } catch (err) {
      binding.close(handle);
      throw coded(Error, 'ERR_INVALID_STATE', err.message);
    }
    return this.#statements;
  }

  // The value stored under key, or null.
  get(key) {
    const statements = this.#open();
    const row = binding.step(statements.get, false, true, 1, encode(key));
    return row === null ? null : decode(row[1]);
  }

  has(key) {
    return this.get(key) !== null;
  }

  // Stores value under key; a total past the quota throws node's
  // QuotaExceededError DOMException and changes nothing.
  set(key, value) {
    const statements = this.#open();
    try {
      binding.run(statements.set, false, 1, encode(key), 2, encode(value));
    } catch (err) {
      if (err?.message !== 'QuotaExceeded') throw err;
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('Setting the value exceeded the quota', 'QuotaExceededError');
    }
  }

  remove(key) {
    const statements = this.#open();
    binding.run(statements.remove, false, 1, encode(key));
  }

  clear() {
    const statements = this.#open();
    binding.run(statements.clear, false);
  }

  get length() {
    const statements = this.#open();
    return binding.step(statements.count, false, true)[1];
  }

  // The index-th key in key order, or null past the end.
  keyAt(index) {
    const statements = this.#open();
    const row = binding.step(statements.keyAt, false, true, 1, index);
    return row === null ? null : decode(row[1]);
  }

  // Every key, in key order.
  keys() {
    const statements = this.#open();
    const values = binding.all(statements.keys, false);
    const keys = [];
    for (let i = 1; i < values.length; i++) keys.push(decode(values[i]));
    return keys;
  }
}

// SQLite's octet_length(): a BLOB's size, a string's size in UTF-8.
function octetLength(value) {
  if (value === null) return null;
  if (value instanceof Uint8Array) return value.byteLength;
  return Buffer.byteLength(String(value));
}

module.exports = { StorageStore };
