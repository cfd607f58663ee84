'use strict';
// The fuzzers' seeded generator: the same seed gives the same draws, so a failure
// repeats. mutate() returns a copy of its input with a few bytes changed, cut short,
// or with bytes added.

function seeded(seed) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const below = (n) => Math.floor(random() * n);
  const byte = () => below(256);
  function mutate(input) {
    const out = Buffer.from(input);
    for (let edits = 1 + below(4); edits > 0; edits--) {
      const kind = random();
      if (kind < 0.5 && out.length) out[below(out.length)] = byte();
      else if (kind < 0.8) return out.subarray(0, below(out.length));
      else return Buffer.concat([out, Buffer.from([byte(), 0xff, 0])]);
    }
    return out;
  }
  return { random, below, byte, mutate };
}

module.exports = { seeded };
