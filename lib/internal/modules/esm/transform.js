'use strict';
// The ES module transform (src/esm/, internalBinding('esm').transform) and the
// description of a module the loader links with. The binding hands back the
// rewritten code and a flat Int32Array of entries whose names are spans of the
// source; they are sliced out here, where strings cost far less than in C.

const esm = internalBinding('esm');

// Entry kinds (src/esm/transform.h, eddy_esm_entry_kind).
const REQUEST = 0;
const ATTRIBUTE = 1;
const IMPORT = 2;
const EXPORT_LOCAL = 3;
const EXPORT_FROM = 4;
const EXPORT_STAR = 5;
const ASSIGNED = 6;
// The imported name of a source phase import (`import source x from '...'`).
const kSourcePhase = Symbol('source phase');
const kSpecialNames = [null, '*', 'default', '__edf_', kSourcePhase];
// The attributes of every import that has none (most): shared, so frozen.
const kNoAttributes = Object.freeze({ __proto__: null });

// A name of the metadata: an identifier or a string literal of the source, or a
// special name (start -1).
function nameAt(source, start, end) {
  if (start === -1) return kSpecialNames[end];
  const c = source.charCodeAt(start);
  if (c !== 0x22 && c !== 0x27) return source.slice(start, end);
  const inner = source.slice(start + 1, end - 1);
  return inner.includes('\\') ? esm.decodeString(source.slice(start, end)) : inner;
}

// What a module is made of:
//   code: the source rewritten for the loader (same lines and columns)
//   specifiers[i], attributes[i]: the i-th request
//   sourceRequests: the requests of source phase imports, or null
//   imports: local -> { req, name, offset, length } (offset/length locate the name)
//   localExports: exported name -> local name
//   indirectExports: exported name -> { req, name } ('*': a namespace)
//   stars: requests of `export *`
//   assigned: names assigned after their declaration
//   tla, tlaOffset, importMeta, dynamicImport
// or { error, offset } when the source does not tokenize.
// Where the binding writes a module's entries when they fit (see esm.c): one buffer
// for every transform, read here before the next.
const scratch = new Int32Array(6 * 512);

function transformModule(source) {
  const t = esm.transform(source, scratch);
  if (t[0] === undefined) return { error: t[1], offset: t[2] };
  const entries = t[1];
  const count = t[4] * 6;
  const flags = t[2];
  const specifiers = [];
  const attributes = [];
  const imports = new Map();
  const localExports = new Map();
  const indirectExports = new Map();
  const stars = [];
  const assigned = new Set();
  let sourceRequests = null; // requests of source phase imports
  for (let i = 0; i < count; i += 6) {
    const req = entries[i + 1];
    switch (entries[i]) {
      case REQUEST:
        specifiers[req] = nameAt(source, entries[i + 2], entries[i + 3]);
        attributes[req] ??= kNoAttributes;
        break;
      case ATTRIBUTE: {
        let bag = attributes[req];
        if (bag === undefined || bag === kNoAttributes) bag = attributes[req] = { __proto__: null };
        bag[nameAt(source, entries[i + 2], entries[i + 3])] = nameAt(source, entries[i + 4], entries[i + 5]);
        break;
      }
      case IMPORT: {
        const imported = nameAt(source, entries[i + 2], entries[i + 3]);
        const local = nameAt(source, entries[i + 4], entries[i + 5]);
        const at = entries[i + 2] !== -1 ? i + 2 : i + 4;
        imports.set(local, { req, name: imported, offset: entries[at], length: entries[at + 1] - entries[at] });
        if (imported === kSourcePhase) (sourceRequests ??= []).push(req);
        break;
      }
      case EXPORT_LOCAL:
        localExports.set(nameAt(source, entries[i + 2], entries[i + 3]),
                         nameAt(source, entries[i + 4], entries[i + 5]));
        break;
      case EXPORT_FROM:
        indirectExports.set(nameAt(source, entries[i + 2], entries[i + 3]),
                            { req, name: nameAt(source, entries[i + 4], entries[i + 5]) });
        break;
      case EXPORT_STAR:
        stars.push(req);
        break;
      case ASSIGNED:
        assigned.add(nameAt(source, entries[i + 2], entries[i + 3]));
        break;
    }
  }
  return {
    code: t[0], specifiers, attributes, sourceRequests, imports, localExports, indirectExports, stars, assigned,
    tla: (flags & 1) !== 0, tlaOffset: t[3], importMeta: (flags & 4) !== 0,
    dynamicImport: (flags & 8) !== 0, importSource: (flags & 16) !== 0,
  };
}

module.exports = { transformModule, hasModuleSyntax: esm.hasModuleSyntax, kNoAttributes, kSourcePhase };
