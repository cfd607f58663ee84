'use strict';
// --test-rerun-failures FILE: FILE is a JSON array with one entry per run (an
// "attempt"), mapping each test that has passed so far, by `file:line:column`
// (":(n)" added for the n-th other test declared at the same place), to its name
// and the attempt it passed on. Tests that passed before are not run again; they
// report as passed. t.attempt is the number of the current attempt.

const path = require('path');

class RerunState {
  #file;
  #state;
  #previous;
  #seen = new Map();
  passes = new Map();

  constructor(file) {
    this.#file = file;
    let state = [];
    try {
      state = JSON.parse(require('fs').readFileSync(file, 'utf8'));
    } catch {
      // No file yet (or not ours to read): this is the first attempt.
    }
    this.#state = Array.isArray(state) ? state : [];
    this.#previous = this.#state[this.#state.length - 1] ?? {};
  }

  get attempt() { return this.#state.length; }

  // The key of a test declared at loc; undefined when its place is unknown.
  keyFor(loc) {
    if (!loc?.file) return undefined;
    const base = `${path.relative(process.cwd(), loc.file)}:${loc.line}:${loc.column}`;
    const n = this.#seen.get(base) ?? 0;
    this.#seen.set(base, n + 1);
    return n === 0 ? base : `${base}:(${n})`;
  }

  passedBefore(key) { return key === undefined ? undefined : this.#previous[key]; }

  recordPass(key, name) {
    if (key === undefined) return;
    const before = this.passedBefore(key);
    this.passes.set(key, { name, passed_on_attempt: before ? before.passed_on_attempt : this.attempt });
  }

  // The next attempt: every earlier pass, then the ones new in this run.
  write(passes = this.passes) {
    const next = { ...this.#previous };
    for (const [key, entry] of passes) next[key] = entry;
    require('fs').writeFileSync(this.#file, JSON.stringify([...this.#state, next], null, 2));
  }
}

module.exports = { RerunState };
