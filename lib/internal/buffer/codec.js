'use strict';
// Moving text between strings and bytes for Buffer: writing a string into a byte
// range in one of node's encodings, and reading a byte range back as base64.
//
// Each path is the cheapest measured on JSC (1 KB input, CPU time per call):
// - hex and base64 in: the engine's own Uint8Array#setFromHex/#setFromBase64
//   (410 / 170 ns) instead of the C binding (~2.4 µs: JSValueToStringCopy copies
//   the string and widens a one-byte string to UTF-16 before C sees it). They
//   throw on what node tolerates (a bad hex pair, base64 junk or data after
//   '='); the C decoder, which has node's lenient rules, then does the range.
// - base64 out: Uint8Array#toBase64 makes a one-byte string in the engine
//   (~1 µs), where C would build a two-byte one through the API (~2.6 µs).
// Everything else goes to the binding.

const binding = internalBinding('buffer');
const { BASE64, BASE64URL, HEX, byteLengthOf } = require('internal/buffer/encodings');

const { setFromHex, setFromBase64, toBase64 } = Uint8Array.prototype;
const kBase64url = { __proto__: null, alphabet: 'base64url', omitPadding: true };
const kUrlAlphabet = { __proto__: null, alphabet: 'base64url' };

// The engine's decoders stop short of a chunk that does not fit, node's do not:
// they are used only when the whole string fits.
function nativeWrite(target, str, offset, max, id) {
  if (id === HEX) {
    if (str.length >>> 1 > max) return -1;
    const view = new Uint8Array(target.buffer, target.byteOffset + offset, max);
    // Node ignores a last lone digit.
    return setFromHex.call(view, (str.length & 1) === 0 ? str : str.slice(0, -1)).written;
  }
  if (byteLengthOf(str, 'base64') > max) return -1;
  const view = new Uint8Array(target.buffer, target.byteOffset + offset, max);
  return setFromBase64.call(view, str, id === BASE64URL ? kUrlAlphabet : undefined).written;
}

/*
 * Writes str into target[offset, offset + max) in encoding id (an id from
 * internal/buffer/encodings) and returns the bytes written. lib/ has clamped the
 * range to the view.
 */
function writeString(target, str, offset, max, id) {
  if (id === HEX || id === BASE64 || id === BASE64URL) {
    let written = -1;
    try {
      written = nativeWrite(target, str, offset, max, id);
    } catch {
      // Input only node's lenient decoder accepts: the binding redoes it.
    }
    if (written !== -1) return written;
  }
  return binding.write(target, str, offset, max, id);
}

// Whether the engine decodes all of str (hex or base64 id) into exactly the bytes
// of target: the caller sized target from the string, so a well-formed one fills
// it and anything else (odd hex, junk node tolerates) is left to writeString.
function decodeExact(target, str, id) {
  let r;
  try {
    if (id === HEX) {
      if ((str.length & 1) !== 0) return false;
      r = setFromHex.call(target, str);
    } else {
      r = setFromBase64.call(target, str, id === BASE64URL ? kUrlAlphabet : undefined);
    }
  } catch {
    return false;
  }
  return r.read === str.length && r.written === target.length;
}

// buf[start, end) as base64 (id BASE64) or unpadded base64url (id BASE64URL).
function base64Slice(buf, start, end, id) {
  const view = start === 0 && end === buf.length ? buf :
    new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
  return toBase64.call(view, id === BASE64URL ? kBase64url : undefined);
}

module.exports = { writeString, base64Slice, decodeExact };
