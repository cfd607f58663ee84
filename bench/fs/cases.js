'use strict';
// One fs workload per run, picked by argv[2]; the fixture dir is argv[3] (made by ./run).
const fs = require('fs');
const [, , kind, dir] = process.argv;
const small = `${dir}/small.txt`;

const cases = {
  readFileSync() {
    for (let i = 0; i < 10000; i++) fs.readFileSync(small);
  },
  readFileSyncUtf8() {
    for (let i = 0; i < 10000; i++) fs.readFileSync(small, 'utf8');
  },
  readFile() {
    let n = 0;
    const next = (err) => {
      if (err) throw err;
      if (++n < 10000) fs.readFile(small, next);
    };
    fs.readFile(small, next);
  },
  async promisesReadFile() {
    for (let i = 0; i < 10000; i++) await fs.promises.readFile(small);
  },
  statSync() {
    for (let i = 0; i < 100000; i++) fs.statSync(small);
  },
  readdirSync() {
    for (let i = 0; i < 20; i++) fs.readdirSync(`${dir}/many`);
  },
  writeFileSync() {
    for (let i = 0; i < 5000; i++) fs.writeFileSync(`${dir}/out.txt`, 'x'.repeat(1024));
  },
};
cases[kind]();
