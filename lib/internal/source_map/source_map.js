'use strict';
// module.SourceMap: a Source Map v3 payload (https://tc39.es/ecma426/) decoded into
// a table of mappings, each [generatedLine, generatedColumn, originalSource,
// originalLine, originalColumn, name] (lines and columns 0-based), sorted by
// generated position. An index map's sections are flattened into one table.

const { validateObject } = require('internal/validators');

const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kDigit = new Int8Array(128).fill(-1);
for (let i = 0; i < kBase64.length; i++) kDigit[kBase64.charCodeAt(i)] = i;

// Decodes one map's `mappings` into out, shifted by the section offset.
function decode(map, lineShift, columnShift, out) {
  const mappings = typeof map.mappings === 'string' ? map.mappings : '';
  const root = typeof map.sourceRoot === 'string' ? map.sourceRoot : '';
  const sources = Array.isArray(map.sources) ? map.sources.map((s) => `${root}${s}`) : [];
  const names = Array.isArray(map.names) ? map.names : [];
  let line = 0;
  let column = 0;
  let source = 0;
  let origLine = 0;
  let origColumn = 0;
  let name = 0;
  const fields = [0, 0, 0, 0, 0];
  let i = 0;
  while (i < mappings.length) {
    const c = mappings[i];
    if (c === ';') {
      line++;
      column = 0;
      i++;
      continue;
    }
    if (c === ',') {
      i++;
      continue;
    }
    let n = 0;
    while (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
      // One base64 VLQ: 5 bits a digit, low bit of the value its sign, read as a
      // 32-bit integer (so "-0" is -2**31, as in node).
      let value = 0;
      let shift = 0;
      let digit;
      do {
        digit = kDigit[mappings.charCodeAt(i++)] ?? -1;
        if (digit < 0) return; // malformed: keep what was read
        value |= (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      if (n < 5) fields[n] = value & 1 ? -(value >>> 1) | 0x80000000 : value >>> 1;
      n++;
    }
    column += fields[0];
    if (n < 4) { // a segment with no original position
      out.push([line + lineShift, line === 0 ? column + columnShift : column]);
      continue;
    }
    source += fields[1];
    origLine += fields[2];
    origColumn += fields[3];
    let entryName;
    if (n >= 5) {
      name += fields[4];
      entryName = names[name];
    }
    out.push([line + lineShift, line === 0 ? column + columnShift : column, sources[source],
      origLine, origColumn, entryName]);
  }
}

class SourceMap {
  #payload;
  #lineLengths;
  #mappings = [];

  constructor(payload, { lineLengths } = {}) {
    validateObject(payload, 'payload');
    this.#payload = cloneJSON(payload);
    if (lineLengths !== undefined) this.#lineLengths = [...lineLengths];
    if (Array.isArray(payload.sections)) {
      for (const section of payload.sections) {
        const offset = section?.offset ?? {};
        if (section?.map) decode(section.map, offset.line | 0, offset.column | 0, this.#mappings);
      }
    } else {
      decode(payload, 0, 0, this.#mappings);
    }
    this.#mappings.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  get payload() {
    return cloneJSON(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths === undefined ? undefined : [...this.#lineLengths];
  }

  // The mapping at or before the 0-based generated position, or {}.
  findEntry(lineOffset, columnOffset) {
    const list = this.#mappings;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid];
      if (m[0] < lineOffset || (m[0] === lineOffset && m[1] <= columnOffset)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found === -1) return {};
    const [generatedLine, generatedColumn, originalSource, originalLine, originalColumn, name] =
      list[found];
    return { generatedLine, generatedColumn, originalSource, originalLine, originalColumn, name };
  }

  // The original position of a 1-based generated position, or {}.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + lineNumber - entry.generatedLine,
      columnNumber: entry.originalColumn + columnNumber - entry.generatedColumn,
    };
  }
}

function cloneJSON(value) {
  if (Array.isArray(value)) return value.map(cloneJSON);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value)) out[key] = cloneJSON(value[key]);
    return out;
  }
  return value;
}

module.exports = { SourceMap };
