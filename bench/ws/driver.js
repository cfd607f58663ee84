'use strict';
// Load for bench/ws/run, always run by node 24 on its own core: N WebSocket clients
// join the chat server (examples/chat) at PORT, then each sends K messages; the server
// relays every one to all N. Prints one JSON line: deliveries, seconds, the server's
// CPU seconds for the relay phase (from /proc/PID/stat) and its RSS afterwards, and for
// the connect phase (N upgrades one after another, each broadcasting a join to all
// connected so far) its wall and CPU seconds.
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

// WS_PHASE_FILE=path: the driver writes 'relay' there as the relay phase starts and
// 'done' as it ends, so a profiler can attach to the server for that phase alone.
function phase(name) {
  if (process.env.WS_PHASE_FILE) fs.writeFileSync(process.env.WS_PHASE_FILE, name);
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
  const connectCpu0 = cpuSeconds();
  const connectT0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) clients.push(await connect());
  const connectSeconds = Number(process.hrtime.bigint() - connectT0) / 1e9;
  const connectCpu = cpuSeconds() - connectCpu0;
  await new Promise((resolve) => setTimeout(resolve, 500)); // the join broadcasts settle
  expected = n * k * n;
  const done = new Promise((resolve) => { onAllReceived = resolve; });
  phase('relay');
  const cpu0 = cpuSeconds();
  const t0 = process.hrtime.bigint();
  const driverCpu0 = process.cpuUsage();
  for (let round = 0; round < k; round++) {
    for (const ws of clients) ws.send(`message ${round} from a client, about sixty bytes long....`);
    await new Promise(setImmediate);
  }
  await done;
  phase('done');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = cpuSeconds() - cpu0;
  const { user, system } = process.cpuUsage(driverCpu0);
  const driverCpu = (user + system) / 1e6;
  console.log(JSON.stringify({ deliveries: expected, seconds, cpu, rss: rssMB(), connectSeconds, connectCpu, driverCpu }));
  for (const ws of clients) ws.close();
  setTimeout(() => process.exit(0), 200);
}
main().catch((err) => { console.error(err); process.exit(1); });
