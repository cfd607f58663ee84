'use strict';
// What watch mode watches (internal/main/watch_mode.js), and when it says so: the
// files the program loaded, as its process reports them, and whole paths given with
// --watch-path. A change to any of them emits 'changed' (with the paths that changed)
// once the changes have paused for QUIET_MS (an editor's save is often several events).
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
  #changedPaths = new Set(); // since the last 'changed'

  // A file the program loaded (or the entry, which may not exist yet).
  addFile(file) {
    if (this.#files.has(file)) return;
    this.#files.add(file);
    const dir = path.dirname(file);
    if (this.#directories.has(dir)) return;
    const watcher = this.#watch(dir, false, (name) => {
      const changed = name === null ? null : path.join(dir, name);
      if (changed !== null && this.#files.has(changed)) this.#changed(changed);
    });
    if (watcher !== null) this.#directories.set(dir, watcher);
  }

  // A --watch-path: any change under it counts.
  addPath(target) {
    const watcher = this.#watch(target, true, (name) => this.#changed(name === null ? target : path.join(target, name)));
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

  #changed(changedPath) {
    this.#changedPaths.add(changedPath);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const paths = [...this.#changedPaths];
      this.#changedPaths.clear();
      this.emit('changed', paths);
    }, QUIET_MS);
  }
}

// The files a watched process's message reports it loaded
// (internal/modules/watch_report.js), or null for any other message.
function filesOfReport(message) {
  const required = message?.['watch:require'];
  if (Array.isArray(required)) return required.filter((file) => typeof file === 'string');
  const imported = message?.['watch:import'];
  if (!Array.isArray(imported)) return null;
  const { fileURLToPath } = require('internal/modules/esm/url');
  return imported.filter((url) => typeof url === 'string' && url.startsWith('file:')).map((url) => fileURLToPath(url));
}

module.exports = { ChangeWatcher, filesOfReport };
