'use strict';
// Session (database.createSession()): records a database's changes;
// changeset()/patchset() serialize them as a Uint8Array for
// database.applyChangeset(). Closing the database deletes its sessions.

const binding = internalBinding('sqlite');
const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

const kToken = Symbol('kToken');

class Session {
  #db; // keeps the database alive with the session
  #handle;

  constructor(token, db, handle) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#db = db;
    this.#handle = handle;
  }

  changeset() { return binding.sessionChanges(this.#handle, false); }

  patchset() { return binding.sessionChanges(this.#handle, true); }

  close() { binding.sessionClose(this.#handle); }

  [Symbol.dispose]() {
    try {
      this.close();
    } catch {
      // Already closed, with the session or with its database.
    }
  }
}

function createSession(db, handle) {
  return new Session(kToken, db, handle);
}

module.exports = { Session, createSession };
