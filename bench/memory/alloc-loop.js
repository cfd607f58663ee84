'use strict';
// Builds and drops 200k small objects 50 times: peak RSS shows the heap policy.
let keep = 0;
for (let round = 0; round < 50; round++) {
  let list = [];
  for (let i = 0; i < 200000; i++) list.push({ i, s: `item${i}`, a: [i, i + 1] });
  keep += list.length;
  list = null;
}
console.log(keep);
