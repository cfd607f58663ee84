'use strict';
// util.MIMEType and util.MIMEParams: the WHATWG MIME type parser and serializer
// (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type), with node's errors.

const { codes } = require('internal/errors');

const notTokenChar = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const notQuotedStringChar = /[^\t\u0020-\u007E\u0080-\u00FF]/;
const quoteOrBackslash = /["\\]/g;
const isWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function searchIndex(re, str) {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
}

// Index just past the last non-whitespace character of str[start, end).
function trimEnd(str, start, end) {
  while (end > start && isWhitespace(str[end - 1])) end--;
  return end;
}

function parseTypeAndSubtype(str) {
  let position = 0;
  while (position < str.length && isWhitespace(str[position])) position++;
  const typeEnd = str.indexOf('/', position);
  const type = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidType = searchIndex(notTokenChar, type);
  if (type === '' || invalidType !== -1 || typeEnd === -1) {
    throw new codes.ERR_INVALID_MIME_SYNTAX('type', str, invalidType);
  }
  position = typeEnd + 1;
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const subtype = rawSubtype.slice(0, trimEnd(rawSubtype, 0, rawSubtype.length));
  const invalidSubtype = searchIndex(notTokenChar, subtype);
  if (subtype === '' || invalidSubtype !== -1) {
    throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', str, invalidSubtype);
  }
  return [type.toLowerCase(), subtype.toLowerCase(), position];
}

// A quoted-string value starting after its opening quote: [value, next position].
function collectQuoted(str, position, end) {
  let value = '';
  while (position < end) {
    const c = str[position];
    if (c === '"') return [value, position + 1];
    if (c === '\\') {
      if (position + 1 >= end) return [`${value}\\`, end];
      value += str[position + 1];
      position += 2;
      continue;
    }
    value += c;
    position++;
  }
  return [value, position];
}

function parseParameters(str, position, data) {
  const end = trimEnd(str, position, str.length);
  while (position < end) {
    while (position < end && isWhitespace(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < end && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position < end) {
      const c = str[position];
      position += 1;
      if (c === ';') continue;
    }
    if (position >= end) break;
    let value;
    if (str[position] === '"') {
      [value, position] = collectQuoted(str, position + 1, end);
      // Anything after the closing quote up to ';' is ignored.
      while (position < end && str[position] !== ';') position++;
    } else {
      const valueEnd = str.indexOf(';', position);
      const raw = valueEnd === -1 ? str.slice(position, end) : str.slice(position, valueEnd);
      position += raw.length;
      value = raw.slice(0, trimEnd(raw, 0, raw.length));
      if (value === '') {
        position++;
        continue;
      }
    }
    if (name !== '' && !notTokenChar.test(name) && !notQuotedStringChar.test(value) &&
        !data.has(name)) {
      data.set(name, value);
    }
    position++;
  }
}

function encodeValue(value) {
  if (value.length === 0) return '""';
  if (!notTokenChar.test(value)) return value;
  return `"${value.replace(quoteOrBackslash, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidName = searchIndex(notTokenChar, name);
    if (name.length === 0 || invalidName !== -1) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidName);
    }
    const invalidValue = searchIndex(notQuotedStringChar, value);
    if (invalidValue !== -1) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValue);
    }
    this.#data.set(name, value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [key, value] of this.#data) {
      if (out.length) out += ';';
      out += `${key}=${encodeValue(value)}`;
    }
    return out;
  }

  static parseInto(params, str, position) {
    parseParameters(str, position, params.#data);
  }
}
MIMEParams.prototype.toJSON = MIMEParams.prototype.toString;
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseTypeAndSubtype(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#parameters = new MIMEParams();
    parseInto(this.#parameters, string, position);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalid = searchIndex(notTokenChar, v);
    if (v.length === 0 || invalid !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX('type', v, invalid);
    this.#type = v.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalid = searchIndex(notTokenChar, v);
    if (v.length === 0 || invalid !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', v, invalid);
    this.#subtype = v.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const params = this.#parameters.toString();
    return `${this.#type}/${this.#subtype}${params.length ? `;${params}` : ''}`;
  }
}
MIMEType.prototype.toJSON = MIMEType.prototype.toString;

module.exports = { MIMEParams, MIMEType };
