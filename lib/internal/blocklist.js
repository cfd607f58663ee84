'use strict';
// net.BlockList: rules over IPv4 and IPv6 addresses. Every address is compared as
// a 128-bit number, IPv4 as its IPv4-mapped IPv6 form, so an IPv4 rule also
// matches ::ffff:a.b.c.d.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } =
  require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const { ipv4ToNumber, ipv6ToBigInt } = require('internal/net');
const { SocketAddress } = require('internal/socketaddress');
const { kClone, kDeserialize } = require('internal/worker/js_transferable');
const { LocalRules, SharedRules, words } = require('internal/blocklist_rules');

const kMapped = 0xffff00000000n;

function toSocketAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

function toBig(sa) {
  return sa.family === 'ipv4' ? kMapped | BigInt(ipv4ToNumber(sa.address)) : ipv6ToBigInt(sa.address);
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

// The rules a BlockList being made for a copy takes (see kDeserialize).
let adopted = null;

class BlockList {
  #rules = adopted ?? new LocalRules();

  static isBlockList(value) {
    return typeof value === 'object' && value !== null && #rules in value;
  }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, family, 'address');
    const v = toBig(sa);
    this.#rules.add(v, v, `Address: ${label(sa.family)} ${sa.address}`);
  }

  addRange(start, end, family = 'ipv4') {
    const s = toSocketAddress(start, family, 'start');
    const e = toSocketAddress(end, family, 'end');
    const lo = toBig(s);
    const hi = toBig(e);
    if (lo > hi) throw new ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    this.#rules.add(lo, hi, `Range: ${label(s.family)} ${s.address}-${e.address}`);
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const sa = toSocketAddress(network, family, 'network');
    const bits = sa.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const base = toBig(sa);
    const hostBits = BigInt(bits - prefix);
    const lo = (base >> hostBits) << hostBits;
    const hi = lo | ((1n << hostBits) - 1n);
    this.#rules.add(lo, hi, `Subnet: ${label(sa.family)} ${sa.address}/${prefix}`);
  }

  check(address, family = 'ipv4') {
    let sa;
    try {
      sa = toSocketAddress(address, family, 'address');
    } catch (err) {
      if (err.code === 'ERR_INVALID_ADDRESS') return false;
      throw err;
    }
    // An IPv4 address's words are known without a BigInt: ::ffff:a.b.c.d.
    if (sa.family === 'ipv4') return this.#rules.includes(0, 0, 0xffff, ipv4ToNumber(sa.address) >>> 0);
    const w = words(toBig(sa));
    return this.#rules.includes(w[0], w[1], w[2], w[3]);
  }

  get rules() {
    return this.#rules.texts();
  }

  toJSON() {
    return this.rules;
  }

  // Rules as toJSON() gives them (or that JSON text). A rule that does not parse,
  // or names no valid address, is skipped.
  fromJSON(data) {
    const rules = typeof data === 'string' ? JSON.parse(data) : data;
    if (!Array.isArray(rules) || !rules.every((rule) => typeof rule === 'string')) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], rules);
    }
    for (const rule of rules) {
      const m = /^(Address|Range|Subnet): IPv(4|6) (.+)$/.exec(rule);
      if (m === null) continue;
      const family = `ipv${m[2]}`;
      try {
        if (m[1] === 'Address') {
          this.addAddress(m[3], family);
        } else if (m[1] === 'Range') {
          const at = m[3].indexOf('-');
          if (at !== -1) this.addRange(m[3].slice(0, at), m[3].slice(at + 1), family);
        } else {
          const at = m[3].lastIndexOf('/');
          const prefix = m[3].slice(at + 1);
          if (at !== -1 && /^\d+$/.test(prefix)) this.addSubnet(m[3].slice(0, at), +prefix, family);
        }
      } catch (err) {
        if (err?.code !== 'ERR_INVALID_ADDRESS') throw err;
      }
    }
  }

  // Copied to other threads and by structuredClone(): the copy shares the rules.
  [kClone]() {
    if (this.#rules instanceof LocalRules) this.#rules = this.#rules.toShared();
    return { data: { buffer: this.#rules.buffer }, deserializeInfo: 'internal/blocklist:BlockList' };
  }

  [kDeserialize]({ buffer }) {
    adopted = new SharedRules(buffer);
    try {
      return new BlockList();
    } finally {
      adopted = null;
    }
  }

  [customInspectSymbol](depth, options, inspect) {
    // Past the depth node shows the name alone (its instances have a key, so the
    // empty-object form never applies).
    if (depth < 0) return options.stylize('[BlockList]', 'special');
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList };
