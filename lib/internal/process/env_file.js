'use strict';
// --env-file and process.loadEnvFile(): dotenv syntax as node parses it. Variables
// already in the environment win over the file's, as in node.

const { validateString } = require('internal/validators');
const { uvException } = require('internal/errors');

// Parses dotenv text: `KEY=value` lines, an optional `export ` prefix, values in
// single, double or backtick quotes (which may span lines; double quotes expand \n),
// and `#` comments outside quotes. Later keys win.
function parseEnv(content) {
  const result = {};
  const text = content.replace(/\r\n?/g, '\n');
  let i = 0;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    let line = text.slice(i, end);
    i = end + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed[0] === '#') continue;
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    let key = line.slice(0, eq).trim();
    if (key.startsWith('export ')) key = key.slice(7).trim();
    if (key === '') continue;
    let value = line.slice(eq + 1).trim();
    const q = value[0];
    if (q === '"' || q === "'" || q === '`') {
      const lineValue = value;
      const lineEnd = i;
      let close = value.indexOf(q, 1);
      // A quoted value may continue on the following lines.
      while (close === -1 && i <= text.length) {
        let next = text.indexOf('\n', i);
        if (next === -1) next = text.length;
        if (i >= text.length) break;
        line = text.slice(i, next);
        i = next + 1;
        value += `\n${line}`;
        close = value.indexOf(q, 1);
      }
      if (close !== -1) {
        value = value.slice(1, close);
        if (q === '"') value = value.replace(/\\n/g, '\n');
        result[key] = value;
        continue;
      }
      // Never closed: the value is just the rest of its own line, as in node.
      value = lineValue;
      i = lineEnd;
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash).trim();
    result[key] = value;
  }
  return result;
}

// Which of the --env-file and --env-file-if-exists flags (in process.execArgv, in the
// order their files come to loadEnvFile at start-up) are the optional kind.
function startupFlagsOptional() {
  const optional = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const m = /^--env[-_]file([-_]if[-_]exists)?(=|$)/.exec(argv[i]);
    if (m === null) continue;
    optional.push(m[1] !== undefined);
    if (m[2] === '') i++; // its value is the next argument
  }
  return optional;
}

let startupOptional;
let startupCount = 0;
// Variables an earlier start-up file set: a later file's value replaces theirs (the
// last file wins), the environment's own are kept.
const setByStartupFiles = new Set();

// One --env-file or --env-file-if-exists file, at start-up: a missing one ends the
// process with node's message and exit code 9, or, optional, is reported and skipped.
function loadStartupEnvFile(file) {
  startupOptional ??= startupFlagsOptional();
  const optional = startupOptional[startupCount++] === true;
  const text = internalBinding('fs').readFileUtf8(file);
  if (typeof text === 'number') {
    const fs = internalBinding('fs');
    if (optional) {
      fs.writeString(2, `${file} not found. Continuing without it.\n`);
      return;
    }
    fs.writeString(2, `eddy: ${file}: not found\n`);
    internalBinding('process').reallyExit(9);
  }
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (process.env[key] === undefined || setByStartupFiles.has(key)) {
      process.env[key] = value;
      setByStartupFiles.add(key);
    }
  }
}

// `startup`: --env-file, which node reads before the permission model starts.
function loadEnvFile(path = '.env', startup = false) {
  if (startup) {
    loadStartupEnvFile(path);
    return;
  }
  if (path !== undefined && typeof path !== 'string' && !(path instanceof URL)) {
    validateString(path, 'path');
  }
  const file = typeof path === 'string' ? path : require('internal/url').fileURLToPath(path);
  if (!startup && require('internal/options').permissionEnabled) {
    require('internal/process/permission').checkRead(file);
  }
  const text = internalBinding('fs').readFileUtf8(file);
  if (typeof text === 'number') throw uvException({ errno: text, syscall: 'open', path: file });
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

module.exports = { loadEnvFile, parseEnv };
