'use strict';
// Load for bench/ws/run, always run by node 24 on its own core: N WebSocket clients
// join the chat server (examples/chat) at PORT, then each sends K messages; the server
// relays every one to all N. Prints one JSON line: deliveries, seconds, the server's
// CPU seconds for the relay phase (from /proc/PID/stat) and its RSS afterwards.
const fs = require('fs');
const [port, pid, n, k] = process.argv.slice(2).map(Number);

function cpuSeconds() {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in ticks
}
function rssMB() {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

const clients = [];
let expected = 0;
let received = 0;
let onAllReceived;

function connect() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/chat`);
    ws.onerror = reject;
    ws.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'welcome') resolve(ws);
      else if (message.type === 'message' && ++received === expected) onAllReceived();
    };
  });
}

async function main() {
  for (let i = 0; i < n; i++) clients.push(await connect());
  await new Promise((resolve) => setTimeout(resolve, 500)); // the join broadcasts settle
  expected = n * k * n;
  const done = new Promise((resolve) => { onAllReceived = resolve; });
  const cpu0 = cpuSeconds();
  const t0 = process.hrtime.bigint();
  for (let round = 0; round < k; round++) {
    for (const ws of clients) ws.send(`message ${round} from a client, about sixty bytes long....`);
    await new Promise(setImmediate);
  }
  await done;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = cpuSeconds() - cpu0;
  console.log(JSON.stringify({ deliveries: expected, seconds, cpu, rss: rssMB() }));
  for (const ws of clients) ws.close();
  setTimeout(() => process.exit(0), 200);
}
main().catch((err) => { console.error(err); process.exit(1); });
