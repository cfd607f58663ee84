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
  // The large-file rows (files made by ./run: big.bin, stream.bin, log.txt).
  readFileBig() {
    fs.readFile(`${dir}/big.bin`, (err, data) => {
      if (err) throw err;
      if (data.length !== fs.statSync(`${dir}/big.bin`).size) throw new Error('short read');
    });
  },
  writeFileBig() {
    const data = Buffer.alloc(fs.statSync(`${dir}/big.bin`).size, 'x');
    fs.writeFile(`${dir}/big-out.bin`, data, (err) => {
      if (err) throw err;
    });
  },
  streamToFile() {
    fs.createReadStream(`${dir}/stream.bin`).pipe(fs.createWriteStream(`${dir}/stream-out.bin`));
  },
  streamToDevNull() {
    fs.createReadStream(`${dir}/stream.bin`).pipe(fs.createWriteStream('/dev/null'));
  },
  readline() {
    const rl = require('readline').createInterface({ input: fs.createReadStream(`${dir}/log.txt`) });
    let lines = 0;
    rl.on('line', () => { lines++; });
    rl.on('close', () => { if (lines === 0) throw new Error('no lines'); });
  },
};
cases[kind]();
