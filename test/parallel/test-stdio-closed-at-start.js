'use strict';
// Started with stdout and stderr closed, or stdin closed, the process runs
// normally: the closed descriptors are /dev/null (nothing else takes fds 0-2).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = `
  const fs = require('fs');
  for (const fd of [0, 1, 2]) fs.fstatSync(fd);
  console.log('out');
  console.error('err');
  process.stdin.on('data', () => {}).on('end', () => process.exit(7));
`;
for (const redirect of ['1>&- 2>&-', '0<&-', '0<&- 1>&- 2>&-']) {
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" -e "$CHILD" ${redirect}`], {
    env: { ...process.env, CHILD: child },
  });
  assert.strictEqual(r.signal, null, redirect);
  assert.strictEqual(r.status, 7, `${redirect}: ${r.stderr}`);
}
