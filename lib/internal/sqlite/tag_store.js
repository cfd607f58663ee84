'use strict';
// SQLTagStore (database.createTagStore()): tagged-template queries over an LRU
// cache of prepared statements keyed by their SQL text, the template's strings
// joined by '?' so that its values are bound as anonymous parameters.

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

const kToken = Symbol('kToken');

class SQLTagStore {
  #db;
  #capacity;
  #cache = new Map(); // sql -> statement, least recently used first

  constructor(token, db, capacity) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#db = db;
    this.#capacity = capacity;
  }

  #statement(strings) {
    const sql = strings.join('?');
    let stmt = this.#cache.get(sql);
    if (stmt !== undefined) {
      this.#cache.delete(sql);
    } else {
      stmt = this.#db.prepare(sql);
      if (this.#cache.size >= this.#capacity) {
        this.#cache.delete(this.#cache.keys().next().value);
      }
    }
    this.#cache.set(sql, stmt);
    return stmt;
  }

  run(strings, ...values) { return this.#statement(strings).run(...values); }

  get(strings, ...values) { return this.#statement(strings).get(...values); }

  all(strings, ...values) { return this.#statement(strings).all(...values); }

  iterate(strings, ...values) { return this.#statement(strings).iterate(...values); }

  size() { return this.#cache.size; }

  clear() { this.#cache.clear(); }

  get capacity() { return this.#capacity; }

  get db() { return this.#db; }
}

function createTagStore(db, capacity) {
  return new SQLTagStore(kToken, db, capacity);
}

module.exports = { createTagStore };
