'use strict';
// net.SocketAddress: an immutable, validated (address, port, family, flowlabel).

const { codes } = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } =
  require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const { isIP } = require('internal/net');
const { kClone, kDeserialize } = require('internal/worker/js_transferable');

class SocketAddress {
  #state;

  static isSocketAddress(value) {
    return typeof value === 'object' && value !== null && #state in value;
  }

  // 'host:port' or '[v6]:port' → a SocketAddress, or undefined when it is not one.
  static parse(input) {
    validateString(input, 'input');
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(input) ?? /^([^:]+)(?::(\d+))?$/.exec(input);
    if (m === null) return undefined;
    const family = isIP(m[1]);
    if (family === 0) return undefined;
    try {
      return new SocketAddress({ address: m[1], port: m[2] === undefined ? 0 : +m[2], family: `ipv${family}` });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new codes.ERR_INVALID_ARG_VALUE('options.family', options.family);
    if (typeof address !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.address', 'string', address);
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    if (isIP(address) !== (family === 'ipv4' ? 4 : 6)) throw new codes.ERR_INVALID_ADDRESS();
    this.#state = { address, port: +port, family, flowlabel };
  }

  // Copied to other threads and by structuredClone().
  [kClone]() {
    return { data: { ...this.#state }, deserializeInfo: 'internal/socketaddress:SocketAddress' };
  }

  [kDeserialize](state) {
    return new SocketAddress(state);
  }

  get address() {
    return this.#state.address;
  }

  get port() {
    return this.#state.port;
  }

  get family() {
    return this.#state.family;
  }

  get flowlabel() {
    return this.#state.flowlabel;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { SocketAddress };
