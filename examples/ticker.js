'use strict';
// A tiny real-time feed: every 200 ms an event is produced and delivered to the
// subscribers; after 10 events (or on Ctrl-C) it reports and exits.
const EventEmitter = require('events');

const feed = new EventEmitter();
let delivered = 0;
feed.on('event', (e) => {
  delivered++;
  console.log(`[${new Date(e.at).toISOString()}] ${e.kind} #${e.seq}`);
});

let seq = 0;
const kinds = ['join', 'message', 'typing', 'leave'];
const timer = setInterval(() => {
  seq++;
  feed.emit('event', { seq, kind: kinds[seq % kinds.length], at: Date.now() });
  if (seq === 10) stop();
}, 200);

function stop() {
  clearInterval(timer);
  console.log(`delivered ${delivered} events`);
}
process.on('SIGINT', stop);
