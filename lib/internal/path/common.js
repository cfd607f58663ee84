'use strict';
// Pieces shared by the POSIX (lib/path.js) and Windows (internal/path/win32.js)
// flavours of node:path. They scan char codes instead of splitting, because the
// CommonJS loader calls them for every require().

const { validateObject } = require('internal/validators');

const DOT = 46;

// The kept segments of normalizeString, as [start, end) bounds into its path:
// a '..' then drops the last one without searching the result built so far.
let segStarts = new Int32Array(32);
let segEnds = new Int32Array(32);

/*
 * Resolves '.' and '..' segments of `path` (which carries no root). Empty segments
 * vanish. A '..' removes the segment before it; with nothing left to remove it is
 * kept when allowAboveRoot, dropped otherwise. Segments are joined with `sep`.
 */
function normalizeString(path, allowAboveRoot, sep, isSep) {
  let kept = 0; // segments in segStarts/segEnds
  let above = 0; // leading '..' kept above the root
  let lastSep = -1;
  let dots = 0; // how many '.' the current segment has, -1 once it has anything else
  const len = path.length;
  for (let i = 0; i <= len; ++i) {
    const code = i < len ? path.charCodeAt(i) : -1;
    if (code === -1 || isSep(code)) {
      if (lastSep === i - 1 || dots === 1) {
        // empty segment or '.'
      } else if (dots === 2) {
        if (kept > 0) kept--;
        else if (allowAboveRoot) above++;
      } else {
        if (kept === segStarts.length) {
          const starts = new Int32Array(kept * 2);
          const ends = new Int32Array(kept * 2);
          starts.set(segStarts);
          ends.set(segEnds);
          segStarts = starts;
          segEnds = ends;
        }
        segStarts[kept] = lastSep + 1;
        segEnds[kept] = i;
        kept++;
      }
      lastSep = i;
      dots = 0;
    } else if (code === DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  let res = '';
  for (let k = 0; k < above; k++) res = k === 0 ? '..' : `${res}${sep}..`;
  if (kept === 0) return res;
  // Consecutive segments separated by one separator come out as one slice.
  let start = segStarts[0];
  let end = segEnds[0];
  for (let k = 1; k < kept; k++) {
    if (segStarts[k] === end + 1 && path.charCodeAt(end) === sep.charCodeAt(0)) {
      end = segEnds[k];
      continue;
    }
    const piece = path.slice(start, end);
    res = res.length > 0 ? `${res}${sep}${piece}` : piece;
    start = segStarts[k];
    end = segEnds[k];
  }
  const piece = path.slice(start, end);
  return res.length > 0 ? `${res}${sep}${piece}` : piece;
}

/*
 * Whether a POSIX path is already normal: no empty segment except a leading root
 * or a trailing slash, and no '.' or '..' segment. Most paths are, and then
 * normalize and resolve need not rebuild them.
 */
function isNormalPosix(path) {
  const len = path.length;
  let segStart = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && path.charCodeAt(i) !== 47) continue;
    const segLen = i - segStart;
    if (segLen === 0) {
      if (i !== 0 && i !== len) return false;
    } else if (segLen <= 2 && path.charCodeAt(segStart) === DOT &&
               (segLen === 1 || path.charCodeAt(segStart + 1) === DOT)) {
      return false;
    }
    segStart = i + 1;
  }
  return true;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// path.format for either flavour: dir (or root) + sep + base (or name + ext).
function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

/*
 * Splits the final segment of path[start, end) into name and extension, as
 * extname and parse see it: the extension starts at the last '.', unless that dot
 * opens the name ('.bashrc') or the name is '..' (measured from dotsStart, see parse).
 */
function extStart(path, start, end, dotsStart = start) {
  const dot = path.lastIndexOf('.', end - 1);
  if (dot <= start) return -1;
  if (dot === end - 1 && end - dotsStart === 2 && path.charCodeAt(start) === DOT) return -1;
  return dot;
}

/*
 * The relative path between two normalized rootless paths f and t (segments
 * separated by sep, no empty segments): one '..' per segment of f past their common
 * segments, then the rest of t. Shared with win32 (which compares case-insensitively
 * before calling and passes the original-case strings).
 */
function relativeSegments(f, t, sep, tOrig = t) {
  const min = f.length < t.length ? f.length : t.length;
  let common = -1; // index in f/t of the separator ending the common part
  let i = 0;
  for (; i < min; i++) {
    const c = f.charCodeAt(i);
    if (c !== t.charCodeAt(i)) break;
    if (c === sep.charCodeAt(0)) common = i;
  }
  if (i === min) {
    const fEnds = f.length === min || f.charCodeAt(min) === sep.charCodeAt(0);
    const tEnds = t.length === min || t.charCodeAt(min) === sep.charCodeAt(0);
    if (fEnds && tEnds) common = min;
  }
  let out = '';
  if (common + 1 < f.length) {
    out = '..';
    for (let j = common + 1; j < f.length; j++) {
      if (f.charCodeAt(j) === sep.charCodeAt(0)) out += `${sep}..`;
    }
  }
  const rest = common + 1 < t.length ? tOrig.slice(common + 1) : '';
  if (rest.length === 0) return out;
  return out.length === 0 ? rest : `${out}${sep}${rest}`;
}

/*
 * basename(path, suffix) as node computes it, for both flavours: the segment is
 * looked for in path[first...] (win32 passes the end of a drive root), isSep
 * says what separates segments. The suffix is matched backwards from
 * the last non-slash character while the final segment is scanned. A partial match
 * leaves the segment whole; a match of the whole segment ends the name where the
 * match began, except that a name equal to the suffix is kept. Trailing slashes
 * that the suffix could reach are compared too, which gives node's results for
 * inputs like basename('//', '/').
 */
function basenameWithSuffix(path, suffix, first, isSep) {
  if (suffix === path) return '';
  let start = first;
  let end = -1;
  let matchedSlash = true;
  let extIdx = suffix.length - 1;
  let firstNonSlashEnd = -1;
  for (let i = path.length - 1; i >= first; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else {
      if (firstNonSlashEnd === -1) {
        matchedSlash = false;
        firstNonSlashEnd = i + 1;
      }
      if (extIdx >= 0) {
        if (code === suffix.charCodeAt(extIdx)) {
          if (--extIdx === -1) end = i;
        } else {
          extIdx = -1;
          end = firstNonSlashEnd;
        }
      }
    }
  }
  if (start === end) end = firstNonSlashEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

module.exports = {
  normalizeString, formatPath, extStart, isNormalPosix, relativeSegments, basenameWithSuffix,
};
