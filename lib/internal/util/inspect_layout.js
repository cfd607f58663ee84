'use strict';
// The line-breaking half of util.inspect: given the formatted entries of one value,
// either join them on one line or put one entry per line, exactly as node decides it
// (compact=3: the innermost three levels join when they fit in breakLength, counting
// the indentation, braces and separators; arrays of more than six short entries are
// first grouped into aligned columns).

// Built-ins captured at load, so that a program replacing them (Object.keys = ...)
// does not change how values print.
const { floor: MathFloor, max: MathMax, min: MathMin, round: MathRound, sqrt: MathSqrt } = Math;

const { isView: ArrayBufferIsView } = ArrayBuffer;

const { getStringWidth, removeColors } = require('internal/util/inspect_strings');

// How entries of a formatted value are joined: properties ("key: value"), array
// elements (bare values, grouped into columns), or array-like extras.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// (A regexp test: JSC runs String.prototype.includes as a slower native call.)
const hasNewline = /\n/;

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !hasNewline.test(base);
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // The innermost `compact` levels go on one line when they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinEntries(output, ', ');
          if (!hasNewline.test(joined)) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = newlineIndent(ctx.indentationLvl);
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      joinEntries(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinEntries(output, ', ')} ${braces[1]}`;
  }
  const indentation = spaces(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${joinEntries(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// output.join(separator), by concatenation: the engine keeps the result as a rope
// (pieces pointing at pieces) until the text is read, where the native join copies
// every entry, and every level of a nested value would copy its whole subtree again
// (quadratic in the depth of a deep value). For a handful of short entries it also
// costs less than the call to join.
function joinEntries(output, separator) {
  const length = output.length;
  let joined = length === 0 ? '' : output[0];
  for (let i = 1; i < length; i++) joined += separator + output[i];
  return joined;
}

// Whether value[0..length) are all numbers or bigints. Apart from groupArrayElements so
// that the element reads, of every kind of array, do not make the engine re-optimize it.
function allNumbers(value, length) {
  for (let i = 0; i < length; i++) {
    const type = typeof value[i];
    if (type !== 'number' && type !== 'bigint') return false;
  }
  return true;
}

// n spaces (n <= 0: none), cut from one cached run. (String.prototype.repeat is a
// builtin with loops that the engine inlines into every hot caller.)
let spaceRun = ' '.repeat(64);
function spaces(n) {
  if (n <= 0) return '';
  if (n > spaceRun.length) spaceRun = ' '.repeat(n * 2);
  return spaceRun.slice(0, n);
}

// '\n' and n spaces, kept per level.
const newlineIndents = [];
function newlineIndent(n) {
  if (n >= 256) return `\n${spaces(n)}`;
  return (newlineIndents[n] ??= `\n${spaces(n)}`);
}

// Whether a string may take other than one column per character (non-ASCII or
// control characters): a regexp test, which the engine runs as a native call rather
// than inlining a scan loop into every array-grouping compile.
const notPlainAscii = /[^\x20-\x7e]/;

// Arrays of more than six entries print in aligned columns when their entries are
// short and of similar length (numbers right-aligned, anything else left-aligned).
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // the "... more items" entry
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const entry = output[i];
    const len = notPlainAscii.test(entry) ? getStringWidth(entry, ctx.colors) : entry.length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers are right-aligned: those of typed arrays always.
    const padStart = value === undefined || ArrayBufferIsView(value) ||
      allNumbers(value, output.length);
    // Each entry is padded to its column's width (the widest entry of the column plus
    // the separator); the last entry of a row has no separator and, left-aligned, no
    // padding.
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const pad = spaces(maxLineLength[j - i] - dataLen[j] - separatorSpace);
        str += padStart ? `${pad}${output[j]}, ` : `${output[j]}, ${pad}`;
      }
      if (padStart) str += spaces(maxLineLength[j - i] - dataLen[j] - separatorSpace);
      str += output[j];
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

module.exports = {
  kArrayExtrasType, kArrayType, kObjectType, newlineIndent, reduceToSingleString, spaces,
};
