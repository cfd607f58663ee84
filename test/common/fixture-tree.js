'use strict';
// Copies a fixture folder into the test's tmpdir, turning each `node_modules.json`
// (a { "relative/path": "contents" } tree) into a real node_modules folder beside it.
// Fixture packages are kept as JSON so the repository holds no node_modules folders.

const fs = require('fs');
const path = require('path');
const fixtures = require('./fixtures');
const tmpdir = require('./tmpdir');
const { writeTree } = require('./tree');

function copyDir(src, dest) {
  fs.mkdirSync(dest, { recursive: true });
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, entry.name);
    if (entry.isDirectory()) {
      copyDir(from, path.join(dest, entry.name));
    } else if (entry.name === 'node_modules.json') {
      writeTree(path.join(dest, 'node_modules'), JSON.parse(fs.readFileSync(from, 'utf8')));
    } else {
      fs.copyFileSync(from, path.join(dest, entry.name));
    }
  }
}

// The path of a fresh copy of fixtures/<parts...> under the tmpdir.
function materialize(...parts) {
  if (!fs.existsSync(tmpdir.path)) tmpdir.refresh();
  const dest = path.join(tmpdir.path, ...parts);
  copyDir(fixtures.path(...parts), dest);
  return dest;
}

module.exports = { materialize };
