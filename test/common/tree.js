'use strict';
// Writes a tree of files described as { "relative/path": "contents" } under a
// directory. Fixtures that need node_modules folders are kept as such JSON files
// and laid out in the test's tmpdir, so no node_modules content is committed.

const fs = require('fs');
const path = require('path');

function writeTree(root, spec) {
  for (const [rel, contents] of Object.entries(spec)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
  return root;
}

module.exports = { writeTree };
