'use strict';
// util.inspect and util.format — a first, partial version: primitives, arrays,
// plain objects, errors, functions, Map and Set. The full node-exact version
// replaces this file.

const { v8Stack } = require('internal/errors/stack');

const identRe = /^[A-Za-z_$][\w$]*$/;

function quote(s) {
  if (!s.includes("'")) return `'${escape(s)}'`;
  if (!s.includes('"')) return `"${escape(s)}"`;
  if (!s.includes('`') && !s.includes('${')) return `\`${escape(s)}\``;
  return `'${escape(s).replace(/'/g, "\\'")}'`;
}

function escape(s) {
  return s.replace(/[\\\n\t\r\b\f\v\x00-\x1f\x7f]/g, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case '\n': return '\\n';
      case '\t': return '\\t';
      case '\r': return '\\r';
      case '\b': return '\\b';
      case '\f': return '\\f';
      case '\v': return '\\v';
      default: return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
    }
  });
}

function formatPrimitive(v) {
  switch (typeof v) {
    case 'string': return quote(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'undefined': return 'undefined';
    default: return String(v);
  }
}

function formatKey(k) {
  if (typeof k === 'symbol') return `[${k.toString()}]`;
  return identRe.test(k) ? k : quote(k);
}

function join(items, open, close, indent) {
  if (items.length === 0) return `${open}${close}`;
  const single = `${open} ${items.join(', ')} ${close}`;
  if (single.length <= 72 && !single.includes('\n')) return single;
  const pad = ' '.repeat(indent + 2);
  return `${open}\n${pad}${items.join(`,\n${pad}`)}\n${' '.repeat(indent)}${close}`;
}

function formatValue(v, depth, seen, indent) {
  if (v === null) return 'null';
  if (typeof v !== 'object' && typeof v !== 'function') return formatPrimitive(v);
  if (seen.includes(v)) return '[Circular *1]';
  if (typeof v === 'function') {
    const name = v.name ? `: ${v.name}` : ' (anonymous)';
    if (/^class\s/.test(Function.prototype.toString.call(v))) return `[class ${v.name || '(anonymous)'}]`;
    return `[Function${name}]`;
  }
  if (v instanceof Error) {
    const stack = v8Stack(v) ?? String(v);
    const keys = Object.keys(v).filter((k) => k !== 'stack' && k !== 'message');
    if (keys.length === 0) return stack;
    const props = keys.map((k) => `  ${formatKey(k)}: ${formatValue(v[k], depth - 1, seen, indent + 2)}`);
    return stack.includes('\n    at ') ? `${stack} {\n${props.join(',\n')}\n}` : `${stack} ${formatProps(v, keys, depth, seen, indent)}`;
  }
  if (depth < 0) return Array.isArray(v) ? '[Array]' : '[Object]';
  seen.push(v);
  try {
    if (Array.isArray(v)) {
      const items = v.map((x) => formatValue(x, depth - 1, seen, indent + 2));
      return join(items, '[', ']', indent);
    }
    if (v instanceof Map) {
      const items = [...v].map(([k, x]) =>
        `${formatValue(k, depth - 1, seen, indent + 2)} => ${formatValue(x, depth - 1, seen, indent + 2)}`);
      return join(items, `Map(${v.size}) {`, '}', indent);
    }
    if (v instanceof Set) {
      const items = [...v].map((x) => formatValue(x, depth - 1, seen, indent + 2));
      return join(items, `Set(${v.size}) {`, '}', indent);
    }
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    if (v instanceof RegExp) return String(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const name = v.constructor?.name ?? 'TypedArray';
      if (name === 'Buffer') {
        const hex = [...v.subarray(0, 50)].map((b) => b.toString(16).padStart(2, '0'));
        return `<Buffer${hex.length ? ` ${hex.join(' ')}` : ''}${v.length > 50 ? ` ... ${v.length - 50} more bytes` : ''}>`;
      }
      return join([...v].map((x) => formatPrimitive(x)), `${name}(${v.length}) [`, ']', indent);
    }
    return formatProps(v, Reflect.ownKeys(v).filter((k) =>
      Object.getOwnPropertyDescriptor(v, k)?.enumerable), depth, seen, indent);
  } finally {
    seen.pop();
  }
}

function formatProps(v, keys, depth, seen, indent) {
  const items = keys.map((k) => {
    const d = Object.getOwnPropertyDescriptor(v, k);
    let val;
    if (d && d.get) val = d.set ? '[Getter/Setter]' : '[Getter]';
    else if (d && d.set) val = '[Setter]';
    else val = formatValue(v[k], depth - 1, seen, indent + 2);
    return `${formatKey(k)}: ${val}`;
  });
  const proto = Object.getPrototypeOf(v);
  let prefix = '';
  if (proto === null) {
    prefix = v[Symbol.toStringTag] === 'Module' && require('internal/modules/esm/namespace').isModuleNamespace(v)
      ? '[Module: null prototype] ' : '[Object: null prototype] ';
  }
  else if (proto !== Object.prototype && proto?.constructor?.name && !(v instanceof Error)) {
    prefix = `${proto.constructor.name} `;
  }
  return prefix + join(items, '{', '}', indent);
}

function inspect(value, opts) {
  const depth = typeof opts?.depth === 'number' ? opts.depth : opts?.depth === null ? Infinity : 2;
  return formatValue(value, depth, [], 0);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = { depth: 2 };

function formatWithOptions(inspectOptions, ...args) {
  const first = args[0];
  let out = '';
  let a = 0;
  if (typeof first === 'string') {
    a = 1;
    out = first.replace(/%[sdifjoOc%]/g, (spec) => {
      if (spec === '%%') return '%';
      if (a >= args.length) return spec;
      const arg = args[a++];
      switch (spec) {
        case '%s': return typeof arg === 'string' ? arg : typeof arg === 'bigint' ? `${arg}n`
          : typeof arg === 'object' && arg !== null ? inspect(arg, { depth: 0 }) : String(arg);
        case '%d': case '%i': return typeof arg === 'bigint' ? `${arg}n` : String(spec === '%i' ? parseInt(arg) : Number(arg));
        case '%f': return String(parseFloat(arg));
        case '%j': try { return JSON.stringify(arg); } catch { return '[Circular]'; }
        case '%o': case '%O': return inspect(arg, inspectOptions);
        case '%c': return '';
        default: return spec;
      }
    });
  }
  for (; a < args.length; a++) {
    const arg = args[a];
    out += (out.length > 0 || a > 0 ? ' ' : '') + (typeof arg === 'string' ? arg : inspect(arg, inspectOptions));
  }
  return out;
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

module.exports = { format, formatWithOptions, inspect };
