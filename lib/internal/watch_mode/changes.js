'use strict';
// What watch mode watches (internal/main/watch_mode.js), and when it says so: the
// files the program loaded, as its process reports them, and whole paths given with
// --watch-path. A change to any of them emits 'changed' once the changes have paused
// for QUIET_MS (an editor's save is often several events).
//
// A file is watched through its directory: editors save by writing a new file and
// renaming it over the old one, which would end a watch held on the old file.

const EventEmitter = require('events');
const fs = require('fs');
const path = require('path');

const QUIET_MS = 200;

class ChangeWatcher extends EventEmitter {
  #files = new Set(); // the loaded files whose changes count
  #directories = new Map(); // directory -> its FSWatcher
  #pathWatchers = [];
  #timer = null;

  // A file the program loaded (or the entry, which may not exist yet).
  addFile(file) {
    if (this.#files.has(file)) return;
    this.#files.add(file);
    const dir = path.dirname(file);
    if (this.#directories.has(dir)) return;
    const watcher = this.#watch(dir, false, (name) => {
      if (name !== null && this.#files.has(path.join(dir, name))) this.#changed();
    });
    if (watcher !== null) this.#directories.set(dir, watcher);
  }

  // A --watch-path: any change under it counts.
  addPath(target) {
    const watcher = this.#watch(target, true, () => this.#changed());
    if (watcher !== null) this.#pathWatchers.push(watcher);
  }

  // Forgets the loaded files: the next run reports what it loads itself.
  forgetFiles() {
    this.#files.clear();
    for (const watcher of this.#directories.values()) watcher.close();
    this.#directories.clear();
  }

  close() {
    this.forgetFiles();
    for (const watcher of this.#pathWatchers) watcher.close();
    this.#pathWatchers = [];
    clearTimeout(this.#timer);
  }

  // A directory that cannot be watched (gone, unreadable) is left out: a file in it
  // cannot change either.
  #watch(target, recursive, onEvent) {
    try {
      const watcher = fs.watch(target, { recursive }, (eventType, name) => onEvent(name));
      watcher.on('error', () => {});
      return watcher;
    } catch {
      return null;
    }
  }

  #changed() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.emit('changed');
    }, QUIET_MS);
  }
}

module.exports = { ChangeWatcher };
