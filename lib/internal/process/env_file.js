'use strict';
// --env-file and process.loadEnvFile(): dotenv syntax as node parses it. Variables
// already in the environment win over the file's, as in node.

const { validateString } = require('internal/validators');
const { uvException } = require('internal/errors');

// Parses dotenv text into [key, value] pairs: `KEY=value`, `export KEY=...`,
// single/double/backtick quotes (double quotes expand \n), `#` comments.
function parseEnv(content) {
  const result = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"\\])*"|'[^']*'|`[^`]*`|[^\n]*)?/gm;
  let m;
  while ((m = re.exec(lines)) !== null) {
    const key = m[1];
    let value = (m[2] ?? '').trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    } else {
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash).trim();
    }
    result[key] = value;
  }
  return result;
}

function loadEnvFile(path = '.env') {
  if (path !== undefined && typeof path !== 'string' && !(path instanceof URL)) {
    validateString(path, 'path');
  }
  const file = typeof path === 'string' ? path : require('internal/url').fileURLToPath(path);
  const text = internalBinding('fs').readFileUtf8(file);
  if (typeof text === 'number') throw uvException({ errno: text, syscall: 'open', path: file });
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

module.exports = { loadEnvFile, parseEnv };
