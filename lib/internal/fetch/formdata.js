'use strict';
// WHATWG FormData: an ordered list of (name, string | File) entries, its
// multipart/form-data serialization and the parsers Body.formData() uses.

const { customInspectSymbol } = require('internal/util');
const {
  illegalInvocation, argCount, describe, defineIterators, enumerableMethods,
} = require('internal/fetch/webidl');

const kEntries = Symbol('entries');

function lazyBlob() {
  return require('internal/blob');
}

function toEntryValue(value, filename, argc, where) {
  const { isBlob, File } = lazyBlob();
  if (!isBlob(value)) {
    if (argc > 2) {
      throw new TypeError(`FormData.${where}: Expected value ("${describe(value)}") to be an instance of Blob.`);
    }
    return `${value}`;
  }
  const isFile = value instanceof File;
  if (isFile && filename === undefined) return value;
  const name = filename !== undefined ? `${filename}` : (isFile ? value.name : 'blob');
  return new File([value], name, {
    type: value.type,
    lastModified: isFile ? value.lastModified : undefined,
  });
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    check(this);
    argCount(arguments.length, 2, 'FormData.append');
    this[kEntries].push([`${name}`, toEntryValue(value, filename, arguments.length, 'append')]);
  }

  delete(name) {
    check(this);
    argCount(arguments.length, 1, 'FormData.delete');
    name = `${name}`;
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    check(this);
    argCount(arguments.length, 1, 'FormData.get');
    name = `${name}`;
    const e = this[kEntries].find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    check(this);
    argCount(arguments.length, 1, 'FormData.getAll');
    name = `${name}`;
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    check(this);
    argCount(arguments.length, 1, 'FormData.has');
    name = `${name}`;
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    check(this);
    argCount(arguments.length, 2, 'FormData.set');
    name = `${name}`;
    const entry = [name, toEntryValue(value, filename, arguments.length, 'set')];
    const list = this[kEntries];
    const i = list.findIndex((e) => e[0] === name);
    if (i === -1) {
      list.push(entry);
    } else {
      list[i] = entry;
      this[kEntries] = list.filter((e, j) => j <= i || e[0] !== name);
    }
  }

  [customInspectSymbol](depth, options, inspect) {
    const obj = {};
    for (const [name, value] of this[kEntries]) {
      if (!Object.hasOwn(obj, name)) obj[name] = value;
      else if (Array.isArray(obj[name])) obj[name].push(value);
      else obj[name] = [obj[name], value];
    }
    return `FormData ${inspect(obj, options)}`;
  }
}

function check(form) {
  if (form === null || typeof form !== 'object' || !(kEntries in form)) throw illegalInvocation();
}

enumerableMethods(FormData.prototype);
defineIterators(FormData.prototype, 'FormData', (f) => f[kEntries], check);
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

function escapeName(s, isFilename) {
  s = s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  return isFilename ? s : s;
}

function normalizeNewlines(s) {
  return s.replace(/\r\n|\r|\n/g, '\r\n');
}

// Serializes to a Blob (file parts stay Blobs: no copy of their bytes).
function serializeFormData(form) {
  const { Blob, File } = lazyBlob();
  let boundary = '----formdata-eddy-';
  for (let i = 0; i < 12; i++) boundary += Math.floor(Math.random() * 10);
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    const n = escapeName(normalizeNewlines(name), false);
    if (typeof value === 'string') {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n` +
        `${normalizeNewlines(value)}\r\n`);
    } else {
      const fname = value instanceof File ? value.name : 'blob';
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${n}"; ` +
        `filename="${escapeName(fname, true)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`);
      parts.push(value);
      parts.push('\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { blob: new Blob(parts), boundary };
}

function indexOf(bytes, needle, from) {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function parseMultipart(bytes, boundary) {
  const { File } = lazyBlob();
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const delim = enc.encode(`--${boundary}`);
  const form = new FormData();
  let pos = indexOf(bytes, delim, 0);
  if (pos === -1) throw new TypeError('Failed to parse body as FormData.');
  for (;;) {
    pos += delim.length;
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) break; // closing "--"
    if (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) pos += 2;
    const headEnd = indexOf(bytes, enc.encode('\r\n\r\n'), pos);
    if (headEnd === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = dec.decode(bytes.subarray(pos, headEnd));
    const next = indexOf(bytes, enc.encode(`\r\n--${boundary}`), headEnd + 4);
    if (next === -1) throw new TypeError('Failed to parse body as FormData.');
    const content = bytes.subarray(headEnd + 4, next);
    let name = null;
    let filename;
    let type = '';
    for (const line of head.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        const nm = /;\s*name="([^"]*)"/i.exec(value);
        if (nm) name = nm[1];
        const fn = /;\s*filename="([^"]*)"/i.exec(value);
        if (fn) filename = fn[1];
      } else if (key === 'content-type') {
        type = value;
      }
    }
    if (name === null) throw new TypeError('Failed to parse body as FormData.');
    if (filename !== undefined) form.append(name, new File([content], filename, { type }));
    else form.append(name, dec.decode(content));
    pos = next + 2;
  }
  return form;
}

function parseFormData(bytes, mime) {
  const essence = mime.split(';')[0].trim().toLowerCase();
  if (essence === 'multipart/form-data') {
    const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(mime);
    if (!m) throw new TypeError('Failed to parse body as FormData.');
    return parseMultipart(bytes, m[1] ?? m[2]);
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const form = new FormData();
    for (const [k, v] of new URLSearchParams(new TextDecoder().decode(bytes))) form.append(k, v);
    return form;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

module.exports = { FormData, serializeFormData, parseFormData };
