'use strict';
// The REPL's tab completion: what completes the end of a line, as node's REPL
// answers it ([completions, the text they replace]).
//
// - `.br` completes a command; `require('…` and `import('…` a module name (the
//   built-ins, then files and folders); `fs.readFile('…` a path.
// - `expr.na` completes a property of expr when expr can be read without running
//   code: a name, literals, and `.name`, `?.name` and `[key]` steps through data
//   properties (never a getter, never a Proxy; a key may be any expression that
//   calls nothing).
// - `na` completes a global or a keyword.
// Completions come in groups, one per object of the prototype chain (nearest
// last), the groups separated by '' and each sorted; a name shows in its
// nearest group only. Names match case-insensitively.

const fs = require('fs');
const path = require('path');
const { isProxy } = require('internal/util/types').types;

// The words node offers beside the globals.
const kKeywords = [
  'async', 'await', 'break', 'case', 'catch', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function',
  'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this',
  'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
];
// Object.prototype's legacy accessors are not offered.
const kHidden = new Set(['__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
const kIdentifier = /^[A-Za-z_$][\w$]*$/;
const kImportExtensions = new Set(['.js', '.mjs', '.cjs', '.json', '.wasm']);

const kRequire = /\brequire\s*\(\s*['"`]([^'"`]*)$/;
const kImport = /\bimport\s*\(\s*['"`]([^'"`]*)$/;
const kFsCall = /\bfs(?:\.promises)?\.\w+\s*\(\s*['"`]([^'"`]*)$/;
const kDeclaration = /(?:^|[^\w$.])(?:let|const|var|function|class)\s+[\w$]*$/;

// Lays groups (nearest first) out as node does: farthest first, '' between them.
function layout(groups, word, prefix = '') {
  const needle = word.toLowerCase();
  const seen = new Set();
  const kept = [];
  for (const group of groups) {
    const out = [];
    for (const name of group) {
      if (seen.has(name) || !name.toLowerCase().startsWith(needle)) continue;
      seen.add(name);
      out.push(name);
    }
    kept.push(out.sort());
  }
  const list = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    if (kept[i].length === 0) continue;
    if (list.length > 0) list.push('');
    for (const name of kept[i]) list.push(`${prefix}${name}`);
  }
  return list;
}

// (The legacy accessors live only on an Object.prototype, of whichever realm.)
function filterNames(names) {
  return names.filter((name) => kIdentifier.test(name) && !kHidden.has(name));
}

function propertyNames(object) {
  return filterNames(Object.getOwnPropertyNames(object));
}

// One group per object on value's prototype chain, nearest first.
function chainGroups(value) {
  const groups = [];
  let depth = 0;
  for (let o = Object(value); o !== null && depth < 100; o = Object.getPrototypeOf(o), depth++) {
    if (isProxy(o)) return null;
    groups.push(propertyNames(o));
  }
  return groups;
}

// --- reading an expression without running code ---------------------------------

const kUnsafe = Symbol('unsafe');

// The index of the bracket that opens the one closing at `end` (scanning back,
// skipping quoted text), or -1.
function openingBracket(text, end) {
  const pairs = { ']': '[', ')': '(' };
  const stack = [];
  for (let i = end; i >= 0; i--) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const open = text.lastIndexOf(c, i - 1);
      if (open === -1) return -1;
      i = open;
    } else if (c === ']' || c === ')') {
      stack.push(pairs[c]);
    } else if (c === '[' || c === '(') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

// Where the member chain that ends at text's end begins.
function chainStart(text) {
  let i = text.length - 1;
  for (;;) {
    while (i >= 0 && /[\w$]/.test(text[i])) i--;
    if (i < 0) return 0;
    const c = text[i];
    if (c === ']' || c === ')') {
      const open = openingBracket(text, i);
      if (open === -1) return -1;
      i = open - 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const open = text.lastIndexOf(c, i - 1);
      return open;
    }
    if (c === '.' && i > 0 && text[i - 1] === '?') {
      i -= 2;
      continue;
    }
    if (c === '.' && !(i > 0 && text[i - 1] === '.')) {
      i--;
      continue;
    }
    return i + 1;
  }
}

// Whether expression text calls, assigns or otherwise runs code when evaluated.
function runsCode(text) {
  const bare = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  if (/`/.test(bare) && /\$\{/.test(bare)) return true;
  const code = bare.replace(/`[^`]*`/g, '""');
  return /[\w$)\]]\s*\(|\+\+|--|=>|(?:^|[^=!<>])=(?!=)|\b(?:new|delete|await|yield|import|function|class|super)\b/.test(code);
}

// The value of the chain text names, or kUnsafe.
function readChain(text, env) {
  let i = 0;
  let value;
  const head = /^[A-Za-z_$][\w$]*/.exec(text);
  if (head !== null) {
    value = env.binding(head[0]);
    i = head[0].length;
  } else if (/^["'`]/.test(text)) {
    const end = text.indexOf(text[0], 1);
    if (end === -1 || (text[0] === '`' && text.slice(0, end).includes('${'))) return kUnsafe;
    value = '';
    i = end + 1;
  } else if (text[0] === '(' || text[0] === '[') {
    const close = openingBracketForward(text, 0);
    if (close === -1) return kUnsafe;
    const inner = text.slice(0, close + 1);
    if (runsCode(inner)) return kUnsafe;
    try {
      value = env.evaluate(inner);
    } catch {
      return kUnsafe;
    }
    i = close + 1;
  } else {
    return kUnsafe;
  }
  while (i < text.length) {
    if (value === null || value === undefined || isProxy(value)) return kUnsafe;
    let key;
    if (text.startsWith('?.', i)) i += 2;
    else if (text[i] === '.') i++;
    if (text[i] === '[') {
      const close = openingBracketForward(text, i);
      if (close === -1) return kUnsafe;
      const keyText = text.slice(i + 1, close);
      if (runsCode(keyText)) return kUnsafe;
      try {
        key = env.evaluate(`(${keyText})`);
      } catch {
        return kUnsafe;
      }
      if (typeof key !== 'symbol') key = `${key}`;
      i = close + 1;
    } else {
      const name = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
      if (name === null) return kUnsafe;
      key = name[0];
      i += key.length;
    }
    value = dataProperty(value, key);
    if (value === kUnsafe) return kUnsafe;
  }
  return value;
}

// The bracket closing the one at `start`, skipping quoted text; or -1.
function openingBracketForward(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end === -1) return -1;
      i = end;
    } else if (c === '[' || c === '(') {
      depth++;
    } else if (c === ']' || c === ')') {
      if (--depth === 0) return i;
    }
  }
  return -1;
}

// A data property of value (own or inherited); kUnsafe for a getter or a Proxy.
function dataProperty(value, key) {
  for (let o = Object(value); o !== null; o = Object.getPrototypeOf(o)) {
    if (isProxy(o)) return kUnsafe;
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc === undefined) continue;
    return 'value' in desc ? desc.value : kUnsafe;
  }
  return undefined;
}

// --- modules and files ---------------------------------------------------------

function readDir(dir) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

// Whether a folder can be required by its own name.
function hasEntry(dir, extensions) {
  const names = new Set(readDir(dir).map((d) => d.name));
  if (names.has('package.json') || names.has('index')) return true;
  return extensions.some((ext) => names.has(`index${ext}`));
}

function moduleCompletions(env, partial, flavour) {
  const { Module } = require('internal/modules/cjs/loader');
  const extensions = Object.keys(Module._extensions);
  const slash = partial.lastIndexOf('/');
  const subdir = slash === -1 ? '' : partial.slice(0, slash + 1);
  const relative = /^\.\.?\//.test(partial);
  const files = [];
  if (partial === '.') {
    files.push('./', '../');
  } else if (partial === '..') {
    files.push('../');
  } else {
    const dirs = relative ? [process.cwd()] :
      [...(env.modulePaths() ?? []), ...Module.globalPaths];
    for (const dir of dirs) {
      const base = path.resolve(dir, subdir);
      for (const dirent of readDir(base)) {
        const { name } = dirent;
        if (name === '.npm' || /@\d/.test(name)) continue; // npm's versioned copies
        if (dirent.isDirectory()) {
          files.push(`${subdir}${name}/`);
          if ((flavour === 'require' || !relative) && hasEntry(path.join(base, name), extensions)) {
            files.push(`${subdir}${name}`);
          }
          continue;
        }
        const ext = path.extname(name);
        if (flavour === 'import') {
          if (kImportExtensions.has(ext)) files.push(`${subdir}${name}`);
        } else if (extensions.includes(ext)) {
          const stem = name.slice(0, -ext.length);
          if (subdir === '' || stem !== 'index') files.push(`${subdir}${stem}`);
        }
      }
    }
  }
  const groups = [files.filter((f) => f.startsWith(partial))];
  if (subdir === '') {
    const names = env.builtinNames();
    groups.push(names.filter((n) => !n.startsWith('node:') && n.startsWith(partial)));
    const scheme = new Set();
    for (const n of require('module').builtinModules) {
      if (!n.startsWith('_')) scheme.add(n.startsWith('node:') ? n : `node:${n}`);
    }
    groups.push([...scheme].filter((n) => n.startsWith(partial)));
  }
  // (Exact, not case-insensitive: layout() gets the already matched names.)
  return [layout(groups, ''), partial];
}

function fileCompletions(partial) {
  let dir;
  let stem;
  let isDir = false;
  try {
    isDir = partial !== '' && !partial.endsWith('/') && fs.statSync(partial).isDirectory();
  } catch {
    // not there: complete its last part
  }
  if (isDir) {
    dir = partial;
    stem = '';
  } else {
    const slash = partial.lastIndexOf('/');
    dir = slash === -1 ? '.' : partial.slice(0, slash + 1);
    stem = partial.slice(slash + 1);
  }
  const names = readDir(dir).map((d) => d.name).filter((n) => n.startsWith(stem)).sort();
  return [names, stem];
}

// --- entry ------------------------------------------------------------------------

// env: { commands, binding(name), evaluate(code), globals() -> [own names, ...proto
// groups], modulePaths(), builtinNames() }
function complete(env, line) {
  const command = /^\s*\.(\w*)$/.exec(line);
  if (command !== null) {
    const word = command[1];
    return [Object.keys(env.commands()).filter((n) => n.startsWith(word)).sort(), word];
  }
  let m = kRequire.exec(line);
  if (m !== null) return moduleCompletions(env, m[1], 'require');
  m = kImport.exec(line);
  if (m !== null) return moduleCompletions(env, m[1], 'import');
  m = kFsCall.exec(line);
  if (m !== null) return fileCompletions(m[1]);
  if (kDeclaration.test(line)) return [[], undefined];

  const word = /[\w$]*$/.exec(line)[0];
  const before = line.slice(0, line.length - word.length);
  let op = null;
  if (before.endsWith('?.')) op = '?.';
  else if (before.endsWith('.') && !before.endsWith('..')) op = '.';
  if (op === null) {
    if (word === '' && line.trim() !== '') return [[], undefined];
    const groups = env.globals();
    if (word !== '') groups.push(kKeywords);
    return [layout(groups, word), word];
  }
  const objectText = before.slice(0, before.length - op.length);
  const start = chainStart(objectText);
  if (start === -1 || start === objectText.length) return [[], undefined];
  const chain = objectText.slice(start);
  // `{}.x` at the start of a line is a block, then nothing.
  if (chain.startsWith('{')) return [[], undefined];
  const completeOn = `${chain}${op}${word}`;
  let value;
  try {
    value = readChain(chain, env);
  } catch {
    value = kUnsafe;
  }
  if (value === kUnsafe || value === null || value === undefined) return [[], completeOn];
  let groups;
  try {
    groups = chainGroups(value);
  } catch {
    groups = null; // a Proxy whose traps throw
  }
  if (groups === null) return [[], completeOn];
  return [layout(groups, word, `${chain}${op}`), completeOn];
}

module.exports = { complete, filterNames, propertyNames };
