'use strict';
// --run NAME [-- ARGS]: runs a script of the nearest package.json, as node does:
// with /bin/sh in that package's directory, the node_modules/.bin folders from the
// working directory up to the package on PATH, NODE_RUN_SCRIPT_NAME and
// NODE_RUN_PACKAGE_JSON_PATH set, and ARGS appended as words of their own. Exits
// with 0 when the script succeeds and 1 otherwise; each problem with the
// package.json is a one-line message and exit code 1.

const path = require('path');
const fs = require('fs');

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

function nearestPackageJson(dir) {
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return file;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

// One word for the shell, whatever it contains.
function shellQuote(arg) {
  return `'${arg.replaceAll("'", "'\\''")}'`;
}

// The node_modules/.bin folders that exist from dir up to top, nearest first.
function binFolders(dir, top) {
  const folders = [];
  for (;;) {
    const bin = path.join(dir, 'node_modules', '.bin');
    if (fs.existsSync(bin)) folders.push(bin);
    if (dir === top) return folders;
    const parent = path.dirname(dir);
    if (parent === dir) return folders;
    dir = parent;
  }
}

function runScript(name, args) {
  const cwd = process.cwd();
  const file = nearestPackageJson(cwd);
  if (file === null) return fail(`Can't find package.json for directory ${cwd}`);
  let scripts;
  try {
    scripts = JSON.parse(fs.readFileSync(file, 'utf8')).scripts;
  } catch {
    return fail(`Can't parse ${file}`);
  }
  if (scripts === null || typeof scripts !== 'object' || Array.isArray(scripts)) {
    return fail(`Can't find "scripts" field in ${file}`);
  }
  if (!Object.hasOwn(scripts, name)) {
    const available = Object.entries(scripts).map(([key, value]) => `  ${key}: ${value}`).join('\n');
    return fail(`Missing script: "${name}" for ${file}\n\nAvailable scripts are:\n${available}`);
  }
  const command = scripts[name];
  if (typeof command !== 'string') return fail(`Script "${name}" is unexpectedly not a string for ${file}\n`);
  const dir = path.dirname(file);
  const env = {
    ...process.env,
    PATH: [...binFolders(cwd, dir), process.env.PATH].filter(Boolean).join(path.delimiter),
    NODE_RUN_SCRIPT_NAME: name,
    NODE_RUN_PACKAGE_JSON_PATH: file,
  };
  const line = [command, ...args.map(shellQuote)].join(' ');
  const { status } = require('child_process').spawnSync('/bin/sh', ['-c', line], { cwd: dir, env, stdio: 'inherit' });
  process.exitCode = status === 0 || status === null ? 0 : 1;
}

module.exports = { runScript };
