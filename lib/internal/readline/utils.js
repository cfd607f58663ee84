'use strict';
// Terminal helpers for readline: the CSI escape builder, display widths and the
// keypress decoder that turns terminal input into (string, key) pairs.

// Display width and escape stripping are util.inspect's (one copy of the tables).
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect_strings');

const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');

function CSI(strings, ...args) {
  let ret = `${kEscape}[`;
  for (let n = 0; n < strings.length; n++) {
    ret += strings[n];
    if (n < args.length) ret += args[n];
  }
  return ret;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return min.slice(0, i);
  }
  return min;
}

// Names of the escape sequences terminals send (xterm, rxvt, linux console, putty).
const keyNames = {
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[200~': 'paste-start', '[201~': 'paste-end',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
  '[Z': 'tab',
};
const shiftCodes = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z']);
const ctrlCodes = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

function makeKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// Parses an escape sequence that starts at s[i] === ESC (possibly after a second
// ESC for meta). Returns [end, key] or null when the sequence is not complete.
function parseEscape(s, start) {
  let i = start + 1;
  let meta = false;
  if (i < s.length && s[i] === kEscape) {
    meta = true;
    i++;
  }
  if (i >= s.length) return null;
  const ch = s[i];
  if (ch !== '[' && ch !== 'O') {
    // ESC + char (or ESC ESC + char): that key with meta.
    if (ch === kEscape && !meta) {
      if (i + 1 >= s.length) return null;
      if (s[i + 1] === kEscape) {
        return [i + 2, { ...makeKey(s.slice(start, i + 2)), name: 'escape', meta: true }];
      }
      return parseMetaChar(s, start, i + 1);
    }
    if (meta) return parseMetaChar(s, start, i);
    const key = decodeChar(ch);
    key.sequence = s.slice(start, i + 1);
    key.meta = true;
    return [i + 1, key];
  }
  // CSI or SS3: collect parameters up to the final character.
  let j = i + 1;
  let code = ch;
  let modifier = 0;
  if (ch === 'O') {
    if (j >= s.length) return null;
    let c = s[j];
    if (c >= '0' && c <= '9') {
      modifier = (c.charCodeAt(0) >> 0) - 48 - 1;
      j++;
      if (j >= s.length) return null;
      c = s[j];
    }
    code += c;
    j++;
  } else {
    if (j < s.length && s[j] === '[') {
      code += '[';
      j++;
    }
    const paramStart = j;
    while (j < s.length && ((s[j] >= '0' && s[j] <= '9') || s[j] === ';')) j++;
    if (j >= s.length) return null;
    j++;
    const cmd = s.slice(paramStart, j);
    let m;
    if ((m = /^(\d\d?)(?:;(\d))?([~^$])$/.exec(cmd)) !== null) {
      code += m[1] + m[3];
      modifier = (Number(m[2]) || 1) - 1;
    } else if ((m = /^(?:(?:\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
      code += m[2];
      modifier = (Number(m[1]) || 1) - 1;
    } else {
      code += cmd;
    }
  }
  const key = makeKey(s.slice(start, j));
  key.ctrl = !!(modifier & 4);
  key.meta = !!(modifier & 10) || meta;
  key.shift = !!(modifier & 1);
  key.code = code;
  key.name = keyNames[code] ?? 'undefined';
  if (shiftCodes.has(code)) key.shift = true;
  if (ctrlCodes.has(code)) key.ctrl = true;
  return [j, key];
}

function parseMetaChar(s, start, i) {
  const key = decodeChar(s[i]);
  key.sequence = s.slice(start, i + 1);
  key.meta = true;
  return [i + 1, key];
}

function decodeChar(ch) {
  const key = makeKey(ch);
  if (ch === '\r') {
    key.name = 'return';
  } else if (ch === '\n') {
    key.name = 'enter';
  } else if (ch === '\t') {
    key.name = 'tab';
  } else if (ch === '\b' || ch === '\x7f') {
    key.name = 'backspace';
  } else if (ch === kEscape) {
    key.name = 'escape';
  } else if (ch === ' ') {
    key.name = 'space';
  } else if (ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = /^[A-Z]$/.test(ch);
  }
  return key;
}

// Decodes terminal input into [string, key] pairs. `pending` carries an unfinished
// escape sequence between chunks; returns the new pending text.
function decodeKeys(s, emit) {
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === kEscape) {
      const parsed = parseEscape(s, i);
      if (parsed === null) return s.slice(i);
      const [end, key] = parsed;
      emit(undefined, key, end === s.length);
      i = end;
      continue;
    }
    const cp = s.codePointAt(i);
    const len = cp >= 0x10000 ? 2 : 1;
    const c = s.slice(i, i + len);
    const key = decodeChar(c);
    emit(c, key, i + len === s.length);
    i += len;
  }
  return '';
}

// A UTF-8 StringDecoder; until node:string_decoder exists in the build, one that
// passes strings through (PassThrough inputs written with strings).
function makeUtf8Decoder() {
  let StringDecoder;
  try {
    ({ StringDecoder } = require('string_decoder'));
  } catch {
    // Fall through to the stand-in below.
  }
  if (typeof StringDecoder !== 'function') {
    return {
      write(b) { return typeof b === 'string' ? b : new TextDecoder().decode(b); },
      end() { return ''; },
    };
  }
  return new StringDecoder('utf8');
}

module.exports = {
  CSI,
  makeUtf8Decoder,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  decodeKeys,
  getStringWidth,
  kSubstringSearch,
  stripVTControlCharacters,
};
