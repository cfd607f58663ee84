'use strict';
// fs.watch reports a created file and closes; fs.watchFile sees a size change;
// watching a missing path throws node's watch error.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = path.join(tmpdir.path, 'watched');
fs.mkdirSync(dir);

const watcher = fs.watch(dir);
watcher.on('change', common.mustCallAtLeast((eventType, filename) => {
  assert(eventType === 'rename' || eventType === 'change');
  if (filename === 'new.txt' && eventType === 'rename') watcher.close();
}));
watcher.on('close', common.mustCall());
setImmediate(() => fs.writeFileSync(path.join(dir, 'new.txt'), 'x'));

const missing = path.join(tmpdir.path, 'missing');
assert.throws(() => fs.watch(missing), {
  code: 'ENOENT', syscall: 'watch', message: `ENOENT: no such file or directory, watch '${missing}'`,
});

const polled = path.join(tmpdir.path, 'polled');
fs.writeFileSync(polled, '');
const onChange = common.mustCallAtLeast((curr, prev) => {
  assert(curr instanceof fs.Stats);
  if (curr.size === 3) fs.unwatchFile(polled, onChange);
});
fs.watchFile(polled, { interval: 10 }, onChange);
setTimeout(() => fs.writeFileSync(polled, 'abc'), 30);
