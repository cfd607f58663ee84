'use strict';
// Source maps: the settings of node 24 (module.setSourceMapsSupport(),
// process.setSourceMapsEnabled(), --enable-source-maps) and, while they are on,
// the maps of the modules compiled since: each CommonJS and ES module's last
// `//# sourceMappingURL=` comment is read as it compiles (a data: URL, or a file
// relative to the module), kept for module.findSourceMap(), and used by
// internal/errors/stack to print stack frames at their original positions (and
// the original source line above an uncaught error).

const { validateBoolean, validateObject } = require('internal/validators');

let state;
function current() {
  if (state === undefined) {
    const on = require('internal/options').getOptionValue('--enable-source-maps');
    state = { enabled: on, nodeModules: on, generatedCode: on };
    if (on) require('internal/errors/stack').setFrameMapper(mapFrame);
  }
  return state;
}

// --- the maps of compiled modules -----------------------------------------------

// Generated file's URL -> SourceMap, or a WeakRef-held { map, owner } for a
// CommonJS module: its map goes when the module object is collected (after
// `delete require.cache[id]`), as in node.
const maps = new Map();
let ownerGone;

function mapOf(url) {
  const entry = maps.get(url);
  if (entry === undefined || !(entry instanceof WeakRef)) return entry;
  const live = entry.deref();
  if (live === undefined) maps.delete(url);
  return live?.map;
}
const kMagicComment = /(?:\/\/[#@][ \t]+sourceMappingURL=([^\s'"]+)|\/\*[#@][ \t]+sourceMappingURL=([^\s'"*]+)[ \t]*\*\/)/g;

// The offsets of the comments of JavaScript source text: a sourceMappingURL
// comment counts only when it is one, not text inside a string, template or regular
// expression. (A `/` after a name, number, `)` or `]` is read as division.)
function commentStarts(text) {
  const starts = new Set();
  const braces = []; // for each open `{`: whether it is a template's `${`
  let prev = ''; // the last significant character
  let i = 0;
  const n = text.length;
  const skipQuoted = (quote) => {
    for (i++; i < n && text[i] !== quote && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    i++;
  };
  const skipTemplate = () => { // from after a backtick or `}` to after the closing one or `${`
    for (; i < n; i++) {
      if (text[i] === '\\') {
        i++;
      } else if (text[i] === '`') {
        i++;
        return;
      } else if (text[i] === '$' && text[i + 1] === '{') {
        braces.push(true);
        i += 2;
        return;
      }
    }
  };
  while (i < n) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      starts.add(i);
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && text[i + 1] === '*') {
      starts.add(i);
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '/' && !/[\w$)\]]/.test(prev)) {
      let inClass = false;
      for (i++; i < n && text[i] !== '\n'; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '[') inClass = true;
        else if (text[i] === ']') inClass = false;
        else if (text[i] === '/' && !inClass) break;
      }
      i++;
      prev = ')';
    } else if (c === '"' || c === "'") {
      skipQuoted(c);
      prev = ')';
    } else if (c === '`') {
      i++;
      skipTemplate();
      prev = ')';
    } else if (c === '{') {
      braces.push(false);
      prev = c;
      i++;
    } else if (c === '}') {
      i++;
      if (braces.pop()) skipTemplate();
      prev = ')';
    } else {
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') prev = c;
      i++;
    }
  }
  return starts;
}

// The URL of source text's last sourceMappingURL comment, or undefined.
function sourceMappingURL(text) {
  let starts;
  let found;
  for (const m of text.matchAll(kMagicComment)) {
    starts ??= commentStarts(text);
    if (starts.has(m.index)) found = m[1] ?? m[2];
  }
  return found;
}

function toURL(fileName) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(fileName)) return fileName;
  if (!fileName.startsWith('/')) return null;
  return require('internal/modules/esm/url').pathToFileURL(fileName);
}

function displayName(url) {
  if (!url.startsWith('file:')) return url;
  try {
    return require('internal/modules/esm/url').fileURLToPath(url);
  } catch {
    return url;
  }
}

function readMap(mapURL) {
  if (mapURL.startsWith('data:')) {
    const m = /^data:[^,]*?(;base64)?,(.*)$/s.exec(mapURL);
    if (m === null) return null;
    return m[1] ? require('buffer').Buffer.from(m[2], 'base64').toString('utf8') : decodeURIComponent(m[2]);
  }
  if (!mapURL.startsWith('file:')) return null;
  return require('fs').readFileSync(require('internal/modules/esm/url').fileURLToPath(mapURL), 'utf8');
}

// Called as a module compiles: caches the map its source names, when source maps
// are on (for node_modules only with nodeModules). owner: the CommonJS Module.
function maybeCacheSourceMap(fileName, content, owner) {
  const settings = current();
  if (!settings.enabled || typeof content !== 'string' || !content.includes('sourceMappingURL')) return;
  if (!settings.nodeModules && /[\\/]node_modules[\\/]/.test(fileName)) return;
  const url = toURL(fileName);
  if (url === null) return;
  const comment = sourceMappingURL(content);
  if (comment === undefined) {
    maps.delete(url);
    return;
  }
  let payload;
  let mapURL;
  try {
    mapURL = new URL(comment, url).href;
    payload = JSON.parse(readMap(mapURL));
  } catch {
    return; // an unreadable map: frames stay as they are
  }
  if (payload === null || typeof payload !== 'object') return;
  const base = mapURL.startsWith('data:') ? url : mapURL;
  const absolute = (map) => {
    if (!Array.isArray(map.sources)) return;
    const root = typeof map.sourceRoot === 'string' ? map.sourceRoot : '';
    map.sources = map.sources.map((source) => {
      try {
        return new URL(`${root}${source}`, base).href;
      } catch {
        return `${root}${source}`;
      }
    });
    map.sourceRoot = '';
    if (!Array.isArray(map.sourcesContent)) return;
    const { setSourceText } = require('internal/util/source');
    for (let i = 0; i < map.sources.length; i++) {
      if (typeof map.sourcesContent[i] !== 'string') continue;
      const name = displayName(map.sources[i]);
      setSourceText(name, map.sourcesContent[i]);
    }
  };
  if (Array.isArray(payload.sections)) {
    for (const section of payload.sections) if (section?.map) absolute(section.map);
  } else {
    absolute(payload);
  }
  const lineLengths = content.split('\n').map((line) => line.length);
  const { SourceMap } = require('internal/source_map/source_map');
  const map = new SourceMap(payload, { lineLengths });
  if (owner === undefined) {
    maps.set(url, map);
    return;
  }
  // The owner keeps its holder alive; the cache holds the holder weakly.
  const holder = { map };
  mapHolders.set(owner, holder);
  maps.set(url, new WeakRef(holder));
  ownerGone ??= new FinalizationRegistry((key) => mapOf(key));
  ownerGone.register(owner, url);
}
const mapHolders = new WeakMap(); // CommonJS Module -> { map }

// module.findSourceMap(path or URL).
function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string') return undefined;
  const url = toURL(sourceURL);
  return url === null ? undefined : mapOf(url);
}

// A parsed stack frame at its original position (internal/errors/stack), or the
// frame itself when no map covers it.
function mapFrame(f) {
  if (maps.size === 0 || !f.fileName || f.line == null || f.native) return f;
  const url = toURL(f.fileName);
  const map = url === null ? undefined : mapOf(url);
  if (map === undefined) return f;
  const entry = map.findEntry(f.line - 1, (f.column ?? 1) - 1);
  if (entry.originalSource === undefined) return f;
  return {
    ...f,
    functionName: f.functionName || '<anonymous>',
    fileName: displayName(entry.originalSource),
    line: entry.originalLine + 1,
    column: entry.originalColumn + 1,
  };
}


function getSourceMapsSupport() {
  const { enabled, nodeModules, generatedCode } = current();
  return { __proto__: null, enabled, nodeModules, generatedCode };
}

function setSourceMapsSupport(enabled, options = {}) {
  validateBoolean(enabled, 'enabled');
  validateObject(options, 'options');
  const { nodeModules = false, generatedCode = false } = options;
  validateBoolean(nodeModules, 'options.nodeModules');
  validateBoolean(generatedCode, 'options.generatedCode');
  state = { enabled, nodeModules, generatedCode };
  require('internal/errors/stack').setFrameMapper(enabled ? mapFrame : null);
}

// process.setSourceMapsEnabled(value): all or nothing.
function setSourceMapsEnabled(value) {
  validateBoolean(value, 'enabled');
  setSourceMapsSupport(value, { nodeModules: true, generatedCode: true });
}

module.exports = {
  getSourceMapsSupport, setSourceMapsSupport, setSourceMapsEnabled,
  maybeCacheSourceMap, findSourceMap,
};
