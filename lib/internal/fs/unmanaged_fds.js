'use strict';
// trackUnmanagedFds: in a worker that tracks them (node's default), the
// descriptors fs.open()/openSync() returned and close()/closeSync() has not taken
// yet, which the worker's thread closes when it ends (src/binding/worker.c keeps
// the list, so a terminated worker closes them too). lib/fs.js reports to
// `tracker`, null elsewhere.

const state = { tracker: null };

function track() {
  const binding = internalBinding('worker');
  const open = new Set();
  state.tracker = {
    opened(fd) {
      if (open.has(fd)) {
        process.emitWarning(`File descriptor ${fd} opened in unmanaged mode twice`);
        return;
      }
      open.add(fd);
      binding.trackFd(fd, true);
    },
    closed(fd) {
      if (!open.delete(fd)) {
        process.emitWarning(`File descriptor ${fd} closed but not opened in unmanaged mode`);
        return;
      }
      binding.trackFd(fd, false);
    },
  };
}

module.exports = state;
module.exports.track = track;
