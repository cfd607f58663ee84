'use strict';
// The ICU converters behind TextDecoder's legacy encodings (see
// src/binding/encoding_icu.c). Each answer is cached per encoding name.

const binding = internalBinding('buffer');
const known = new Map();

function hasConverter(name) {
  let has = known.get(name);
  if (has === undefined) {
    has = binding.icuHasConverter(name);
    known.set(name, has);
  }
  return has;
}

function open(name, fatal) {
  return binding.icuOpen(name, fatal);
}

// A string, or null when a fatal converter met malformed input.
function decode(converter, bytes, flush) {
  return binding.icuDecode(converter, bytes, flush);
}

// Converters are freed by the engine with their handle; nothing to do here.
function close(converter) {
  void converter;
}

module.exports = { hasConverter, open, decode, close };
