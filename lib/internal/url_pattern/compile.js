'use strict';
// The compiler of the URL Pattern Standard (https://urlpattern.spec.whatwg.org/):
// the tokenizer, the pattern parser, and the generation of a RegExp and of the
// canonical pattern string for one component, plus the canonicalization of
// component text through eddy's URL parser. internal/url_pattern is the API.

const { canonicalizeComponent, parseURL } = require('internal/url/parser');
const { USERINFO, percentEncode } = require('internal/url/encoding');

const OPTIONAL = '?';
const ZERO_OR_MORE = '*';
const ONE_OR_MORE = '+';
const NONE = '';

class PatternError extends TypeError {}

function fail() {
  throw new PatternError('invalid pattern');
}

// --- tokenizer ------------------------------------------------------------------

const nameStart = /[$_\p{ID_Start}]/u;
const namePart = /[$_\u200c\u200d\p{ID_Continue}]/u;

function isNameCodePoint(ch, first) {
  return (first ? nameStart : namePart).test(ch);
}

/*
 * Splits a pattern string into tokens { type, index, value }. In 'strict' mode a
 * malformed piece throws; 'lenient' (the constructor string parser) makes it an
 * 'invalid-char' token.
 */
function tokenize(input, strict) {
  const tokens = [];
  const len = input.length;
  let i = 0;
  const error = (at, next) => {
    if (strict) fail();
    tokens.push({ type: 'invalid-char', index: at, value: input.slice(at, next) });
    i = next;
  };
  while (i < len) {
    const cp = input.codePointAt(i);
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (ch === '*') {
      tokens.push({ type: 'asterisk', index: i, value: ch });
      i = next;
    } else if (ch === '+' || ch === '?') {
      tokens.push({ type: 'other-modifier', index: i, value: ch });
      i = next;
    } else if (ch === '\\') {
      if (next >= len) {
        error(i, next);
        continue;
      }
      const escaped = String.fromCodePoint(input.codePointAt(next));
      tokens.push({ type: 'escaped-char', index: i, value: escaped });
      i = next + escaped.length;
    } else if (ch === '{') {
      tokens.push({ type: 'open', index: i, value: ch });
      i = next;
    } else if (ch === '}') {
      tokens.push({ type: 'close', index: i, value: ch });
      i = next;
    } else if (ch === ':') {
      let pos = next;
      while (pos < len) {
        const c = String.fromCodePoint(input.codePointAt(pos));
        if (!isNameCodePoint(c, pos === next)) break;
        pos += c.length;
      }
      if (pos <= next) {
        error(i, next);
        continue;
      }
      tokens.push({ type: 'name', index: i, value: input.slice(next, pos) });
      i = pos;
    } else if (ch === '(') {
      let depth = 1;
      let pos = next;
      let bad = false;
      while (pos < len) {
        const c = input[pos];
        if (input.charCodeAt(pos) > 0x7f) {
          bad = true;
          break;
        }
        if (pos === next && c === '?') {
          bad = true;
          break;
        }
        if (c === '\\') {
          if (pos === len - 1 || input.charCodeAt(pos + 1) > 0x7f) {
            bad = true;
            break;
          }
          pos += 2;
          continue;
        }
        if (c === ')') {
          depth--;
          if (depth === 0) {
            pos++;
            break;
          }
        } else if (c === '(') {
          depth++;
          if (pos === len - 1 || input[pos + 1] !== '?') {
            bad = true;
            break;
          }
        }
        pos++;
      }
      if (bad || depth !== 0 || pos - next - 1 === 0) {
        error(i, next);
        continue;
      }
      tokens.push({ type: 'regexp', index: i, value: input.slice(next, pos - 1) });
      i = pos;
    } else {
      tokens.push({ type: 'char', index: i, value: ch });
      i = next;
    }
  }
  tokens.push({ type: 'end', index: len, value: '' });
  return tokens;
}

// --- pattern parser ------------------------------------------------------------------

function escapeRegexString(s) {
  return s.replace(/[.+*?^${}()[\]|/\\]/g, '\\$&');
}

function escapePatternString(s) {
  return s.replace(/[+*?:{}()\\]/g, '\\$&');
}

function segmentWildcardRegexp(options) {
  return `[^${escapeRegexString(options.delimiter)}]+?`;
}

// Parses a pattern string into parts { type, value, modifier, name, prefix, suffix }.
function parsePattern(input, options, encode) {
  const tokens = tokenize(input, true);
  const parts = [];
  const segmentWildcard = segmentWildcardRegexp(options);
  let pending = '';
  let index = 0;
  let nextNumericName = 0;

  const tryConsume = (type) => {
    const token = tokens[index];
    if (token.type !== type) return null;
    index++;
    return token;
  };
  const tryConsumeModifier = () => tryConsume('other-modifier') ?? tryConsume('asterisk');
  const tryConsumeRegexpOrWildcard = (nameToken) => {
    const token = tryConsume('regexp');
    if (nameToken === null && token === null) return tryConsume('asterisk');
    return token;
  };
  const consumeText = () => {
    let result = '';
    for (;;) {
      const token = tryConsume('char') ?? tryConsume('escaped-char');
      if (token === null) return result;
      result += token.value;
    }
  };
  const flushPending = () => {
    if (pending === '') return;
    parts.push({ type: 'fixed-text', value: encode(pending), modifier: NONE, name: '', prefix: '', suffix: '' });
    pending = '';
  };
  const addPart = (prefix, nameToken, regexpOrWildcard, suffix, modifierToken) => {
    const modifier = modifierToken === null ? NONE : modifierToken.value;
    if (nameToken === null && regexpOrWildcard === null && modifier === NONE) {
      pending += prefix;
      return;
    }
    flushPending();
    if (nameToken === null && regexpOrWildcard === null) {
      if (prefix === '') return;
      parts.push({ type: 'fixed-text', value: encode(prefix), modifier, name: '', prefix: '', suffix: '' });
      return;
    }
    let value;
    if (regexpOrWildcard === null) value = segmentWildcard;
    else if (regexpOrWildcard.type === 'asterisk') value = '.*';
    else value = regexpOrWildcard.value;
    let type = 'regexp';
    if (value === segmentWildcard) {
      type = 'segment-wildcard';
      value = '';
    } else if (value === '.*') {
      type = 'full-wildcard';
      value = '';
    }
    const name = nameToken !== null ? nameToken.value : `${nextNumericName++}`;
    if (parts.some((p) => p.name === name)) fail();
    parts.push({ type, value, modifier, name, prefix: encode(prefix), suffix: encode(suffix) });
  };

  while (index < tokens.length) {
    const charToken = tryConsume('char');
    let nameToken = tryConsume('name');
    let regexpOrWildcard = tryConsumeRegexpOrWildcard(nameToken);
    if (nameToken !== null || regexpOrWildcard !== null) {
      let prefix = charToken === null ? '' : charToken.value;
      if (prefix !== '' && prefix !== options.prefix) {
        pending += prefix;
        prefix = '';
      }
      flushPending();
      addPart(prefix, nameToken, regexpOrWildcard, '', tryConsumeModifier());
      continue;
    }
    const fixed = charToken ?? tryConsume('escaped-char');
    if (fixed !== null) {
      pending += fixed.value;
      continue;
    }
    if (tryConsume('open') !== null) {
      const prefix = consumeText();
      nameToken = tryConsume('name');
      regexpOrWildcard = tryConsumeRegexpOrWildcard(nameToken);
      const suffix = consumeText();
      if (tryConsume('close') === null) fail();
      addPart(prefix, nameToken, regexpOrWildcard, suffix, tryConsumeModifier());
      continue;
    }
    flushPending();
    if (tryConsume('end') === null) fail();
  }
  return parts;
}

// The RegExp source and the group names of a part list.
function generateRegex(parts, options) {
  let result = '^';
  const names = [];
  const segmentWildcard = segmentWildcardRegexp(options);
  for (const part of parts) {
    if (part.type === 'fixed-text') {
      if (part.modifier === NONE) result += escapeRegexString(part.value);
      else result += `(?:${escapeRegexString(part.value)})${part.modifier}`;
      continue;
    }
    names.push(part.name);
    let value = part.value;
    if (part.type === 'segment-wildcard') value = segmentWildcard;
    else if (part.type === 'full-wildcard') value = '.*';
    const prefix = escapeRegexString(part.prefix);
    const suffix = escapeRegexString(part.suffix);
    if (part.prefix === '' && part.suffix === '') {
      if (part.modifier === NONE || part.modifier === OPTIONAL) result += `(${value})${part.modifier}`;
      else result += `((?:${value})${part.modifier})`;
      continue;
    }
    if (part.modifier === NONE || part.modifier === OPTIONAL) {
      result += `(?:${prefix}(${value})${suffix})${part.modifier}`;
      continue;
    }
    result += `(?:${prefix}((?:${value})(?:${suffix}${prefix}(?:${value}))*)${suffix})`;
    if (part.modifier === ZERO_OR_MORE) result += '?';
  }
  return [`${result}$`, names];
}

// The canonical pattern string of a part list.
function generatePatternString(parts, options) {
  let result = '';
  const segmentWildcard = segmentWildcardRegexp(options);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const previous = i > 0 ? parts[i - 1] : null;
    const next = i + 1 < parts.length ? parts[i + 1] : null;
    if (part.type === 'fixed-text') {
      if (part.modifier === NONE) result += escapePatternString(part.value);
      else result += `{${escapePatternString(part.value)}}${part.modifier}`;
      continue;
    }
    const customName = !/^[0-9]/.test(part.name);
    let needsGrouping = part.suffix !== '' || (part.prefix !== '' && part.prefix !== options.prefix);
    if (!needsGrouping && customName && part.type === 'segment-wildcard' && part.modifier === NONE &&
        next !== null && next.prefix === '' && next.suffix === '') {
      if (next.type === 'fixed-text') {
        needsGrouping = next.value !== '' && isNameCodePoint(String.fromCodePoint(next.value.codePointAt(0)), false);
      } else {
        needsGrouping = /^[0-9]/.test(next.name);
      }
    }
    if (!needsGrouping && part.prefix === '' && previous !== null && previous.type === 'fixed-text' &&
        previous.value !== '' && previous.value[previous.value.length - 1] === options.prefix) {
      needsGrouping = true;
    }
    if (needsGrouping) result += '{';
    result += escapePatternString(part.prefix);
    if (customName) result += `:${part.name}`;
    if (part.type === 'regexp') {
      result += `(${part.value})`;
    } else if (part.type === 'segment-wildcard' && !customName) {
      result += `(${segmentWildcard})`;
    } else if (part.type === 'full-wildcard') {
      if (!customName && (previous === null || previous.type === 'fixed-text' ||
                          previous.modifier !== NONE || needsGrouping || part.prefix !== '')) {
        result += '*';
      } else {
        result += '(.*)';
      }
    }
    if (part.type === 'segment-wildcard' && customName && part.suffix !== '' &&
        isNameCodePoint(String.fromCodePoint(part.suffix.codePointAt(0)), false)) {
      result += '\\';
    }
    result += escapePatternString(part.suffix);
    if (needsGrouping) result += '}';
    result += part.modifier;
  }
  return result;
}

function compileComponent(input, encode, options) {
  const parts = parsePattern(input, options, encode);
  const [source, names] = generateRegex(parts, options);
  let regexp;
  try {
    regexp = new RegExp(source, options.ignoreCase ? 'vi' : 'v');
  } catch {
    fail();
  }
  return {
    pattern: generatePatternString(parts, options),
    regexp,
    names,
    hasRegExpGroups: parts.some((p) => p.type === 'regexp'),
  };
}

// --- canonicalization (the URL parser run on a dummy URL) ------------------------

function canonicalizeProtocol(value) {
  if (value === '') return value;
  const url = parseURL(`${value}://dummy.test`);
  if (url === null) fail();
  return url.scheme;
}

function canonicalizeUserinfo(value) {
  return value === '' ? value : percentEncode(value, USERINFO);
}

// Hostnames are canonicalized as the host of a special URL (lower case, IDNA),
// as node does.
function canonicalizeHostname(value) {
  if (value === '') return value;
  const host = canonicalizeComponent('hostname', value);
  if (host === undefined) fail();
  return host;
}

function canonicalizeIPv6Hostname(value) {
  let result = '';
  for (const ch of value) {
    if (!/[0-9a-fA-F[\]:]/.test(ch)) fail();
    result += ch.toLowerCase();
  }
  return result;
}

function canonicalizePort(value, protocol) {
  if (value === '') return value;
  const port = canonicalizeComponent('port', value, protocol ?? undefined);
  if (port === undefined) fail();
  return port;
}

// node canonicalizes paths by parsing a whole URL string ending in the value,
// whose trailing spaces and controls the URL parser trims.
function trimEnd(value) {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(0, end);
}

function canonicalizePathname(value) {
  value = trimEnd(value);
  if (value === '') return value;
  const leadingSlash = value[0] === '/';
  const result = canonicalizeComponent('pathname', leadingSlash ? value : `/-${value}`);
  return leadingSlash ? result : result.slice(2);
}

function canonicalizeOpaquePathname(value) {
  value = trimEnd(value);
  if (value === '') return value;
  return canonicalizeComponent('opaquePathname', value);
}

function canonicalizeSearch(value) {
  if (value === '') return value;
  return canonicalizeComponent('search', value);
}

function canonicalizeHash(value) {
  if (value === '') return value;
  return canonicalizeComponent('hash', value);
}

module.exports = {
  canonicalizeHash,
  canonicalizeHostname,
  canonicalizeIPv6Hostname,
  canonicalizeOpaquePathname,
  canonicalizePathname,
  canonicalizePort,
  canonicalizeProtocol,
  canonicalizeSearch,
  canonicalizeUserinfo,
  compileComponent,
  escapePatternString,
  tokenize,
  PatternError,
};

