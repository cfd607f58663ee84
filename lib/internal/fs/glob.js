'use strict';
// A glob matcher for path.matchesGlob (and fs.glob): '*', '?', '[...]' classes
// (with '!'/'^' negation, ranges and [:alpha:]-style names), '**' across segments,
// '{a,b}' and '{1..3}' braces, and the extglobs '?()', '*()', '+()', '@()', '!()'.
// A backslash is a separator, never an escape, and wildcards do not match a
// segment starting with '.', as in node (which uses minimatch with
// windowsPathsNoEscape and nonegate).

const { validateString } = require('internal/validators');

const GLOBSTAR = Symbol('globstar');
const cache = new Map();

const posixClasses = {
  alnum: '\\p{L}\\p{Nl}\\p{Nd}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f',
  blank: '\\p{Zs}\\t', cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}',
  lower: '\\p{Ll}', print: '\\p{C}', punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f',
  upper: '\\p{Lu}', word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', xdigit: 'A-Fa-f0-9',
};
const negatedClasses = new Set(['graph', 'print']);

// Only syntax characters: with the 'u' flag, escaping anything else ('-', ',',
// '#', spaces) is a SyntaxError.
function escapeRegex(s) {
  return s.replace(/[[\]{}()*+?.\\^$|/]/g, '\\$&');
}

// Expands '{a,b}' and '{1..3}' alternatives into a list of patterns.
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  const commas = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0) {
      if (--depth === 0) {
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const body = pattern.slice(open + 1, i);
        let alts;
        if (commas.length > 0) {
          alts = [];
          let from = open + 1;
          for (const c2 of commas) {
            alts.push(pattern.slice(from, c2));
            from = c2 + 1;
          }
          alts.push(pattern.slice(from, i));
        } else {
          const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
          if (!range) {
            commas.length = 0;
            continue;
          }
          alts = [];
          const numeric = /\d/.test(range[1]);
          const a = numeric ? Number(range[1]) : range[1].charCodeAt(0);
          const b = numeric ? Number(range[2]) : range[2].charCodeAt(0);
          const step = a <= b ? 1 : -1;
          for (let n = a; step > 0 ? n <= b : n >= b; n += step) {
            alts.push(numeric ? String(n) : String.fromCharCode(n));
          }
        }
        const out = [];
        for (const alt of alts) {
          for (const rest of expandBraces(`${alt}${tail}`)) out.push(`${head}${rest}`);
        }
        return out;
      }
    } else if (c === ',' && depth === 1) {
      commas.push(i);
    }
  }
  return [pattern];
}

// Reads a [...] class at pattern[i]; returns [regexSource, nextIndex] or null.
function parseClass(pattern, i) {
  let j = i + 1;
  let negate = false;
  if (pattern[j] === '!' || pattern[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let first = true;
  for (; j < pattern.length; j++) {
    const c = pattern[j];
    if (c === ']' && !first) {
      if (body === '') return null;
      return [`[${negate ? '^' : ''}${body}]`, j + 1];
    }
    first = false;
    if (c === '[' && pattern[j + 1] === ':') {
      const end = pattern.indexOf(':]', j + 2);
      if (end !== -1) {
        const name = pattern.slice(j + 2, end);
        if (name in posixClasses) {
          if (negatedClasses.has(name)) {
            // [:graph:] and [:print:] are "not these"; only usable alone.
            return [`[${negate ? '' : '^'}${posixClasses[name]}]`, pattern.indexOf(']', end + 2) + 1];
          }
          body += posixClasses[name];
          j = end + 1;
          continue;
        }
      }
    }
    if (c === '-' && body !== '' && pattern[j + 1] !== ']' && j + 1 < pattern.length) {
      body += '-';
      continue;
    }
    body += c === '\\' || c === ']' || c === '[' || c === '^' || c === '-' ? `\\${c}` : c;
  }
  return null;
}

/*
 * Compiles one segment (no separators) into a RegExp source. `dotOk` says whether a
 * leading '.' may be matched by a wildcard (only when the segment itself starts
 * with '.').
 */
function segmentSource(seg, i = 0, stop = '') {
  let src = '';
  for (; i < seg.length; i++) {
    const c = seg[i];
    if (stop.includes(c)) return [src, i];
    const next = seg[i + 1];
    if ('?*+@!'.includes(c) && next === '(') {
      const alts = [];
      let j = i + 2;
      for (;;) {
        const [alt, end] = segmentSource(seg, j, '|)');
        alts.push(alt);
        if (end >= seg.length) {
          // Unclosed: the characters are literal.
          alts.length = 0;
          break;
        }
        j = end + 1;
        if (seg[end] === ')') break;
      }
      if (alts.length > 0) {
        const group = alts.join('|');
        if (c === '?') src += `(?:${group})?`;
        else if (c === '*') src += `(?:${group})*`;
        else if (c === '+') src += `(?:${group})+`;
        else if (c === '@') src += `(?:${group})`;
        else {
          const [restSrc] = segmentSource(seg, j, stop);
          src += `(?!(?:${group})${restSrc}$).*?`;
        }
        i = j - 1;
        continue;
      }
    }
    if (c === '*') {
      src += '[^/]*?';
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls) {
        src += cls[0];
        i = cls[1] - 1;
      } else {
        src += '\\[';
      }
    } else {
      src += escapeRegex(c);
    }
  }
  return [src, i];
}

function compileSegment(seg, nocase) {
  if (seg === '**') return GLOBSTAR;
  if (!/[*?[(]/.test(seg)) return nocase ? seg.toLowerCase() : seg;
  const [src] = segmentSource(seg);
  const lead = seg[0] === '.' ? '' : '(?!\\.)';
  return new RegExp(`^${lead}(?!\\.\\.?$)(?=.)${src}$`, nocase ? 'iu' : 'u');
}

function splitPath(path) {
  const parts = path.split('/');
  // Repeated separators count once; a trailing one leaves a final ''.
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '' && i > 0 && i < parts.length - 1) continue;
    out.push(parts[i]);
  }
  return out;
}

function compile(pattern, windows) {
  const key = `${windows ? 'w' : 'p'}${pattern}`;
  let compiled = cache.get(key);
  if (compiled !== undefined) return compiled;
  compiled = [];
  for (const alt of expandBraces(pattern.replace(/\\/g, '/'))) {
    compiled.push(splitPath(alt).map((seg) => compileSegment(seg, false)));
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

function segmentMatches(part, seg) {
  return typeof part === 'string' ? part === seg : part.test(seg);
}

function isHidden(seg) {
  return seg[0] === '.';
}

// Matches the segment list `file` from fi against `pat` from pi.
function matchSegments(file, fi, pat, pi) {
  for (; pi < pat.length; pi++, fi++) {
    const part = pat[pi];
    if (part === GLOBSTAR) {
      if (pi === pat.length - 1) {
        // A final '**' needs at least one more segment, none of them hidden.
        if (fi >= file.length) return false;
        for (let k = fi; k < file.length; k++) {
          if (isHidden(file[k])) return false;
        }
        return true;
      }
      for (let k = fi; k <= file.length; k++) {
        if (matchSegments(file, k, pat, pi + 1)) return true;
        if (k < file.length && isHidden(file[k])) return false;
      }
      return false;
    }
    if (fi >= file.length) return false;
    if (!segmentMatches(part, file[fi])) return false;
  }
  if (fi === file.length) return true;
  // 'a/b/' matches 'a/*': one trailing empty segment is allowed.
  return fi === file.length - 1 && file[fi] === '';
}

function matchGlobPattern(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  const file = splitPath(windows ? path.replace(/\\/g, '/') : path);
  for (const pat of compile(pattern, windows)) {
    if (matchSegments(file, 0, pat, 0)) return true;
  }
  return false;
}

module.exports = { GLOBSTAR, compileSegment, expandBraces, matchGlobPattern };
