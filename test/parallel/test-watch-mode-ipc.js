'use strict';
// A watch mode process started with an IPC channel passes messages both ways between
// its parent and the program it runs; the parent also sees the program's reports of
// the files it loads ({ 'watch:require': [filename] }).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawn } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const entry = tmpdir.resolve('echo.js');
fs.writeFileSync(entry, `
process.on('message', (m) => {
  process.send({ echo: m });
  process.exit();
});
process.send('hello');
`);

const child = spawn(process.execPath, ['--watch', entry], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
const messages = [];
const reported = [];
child.on('message', common.mustCallAtLeast((message) => {
  if (message['watch:require'] !== undefined) {
    reported.push(...message['watch:require']);
    return;
  }
  messages.push(message);
  if (message === 'hello') child.send({ n: 1 });
  else child.kill();
}, 2));
child.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(messages, ['hello', { echo: { n: 1 } }]);
  assert.deepStrictEqual(reported, [entry]);
}));
