'use strict';
// A tiny DNS server on loopback UDP for dns.resolve* tests: answers from a table
// { 'name': { A: [...], MX: [...], ... } } (an entry may be { rr, ttl }; RAW entries
// { type, bytes } are rdata as given, for malformed records), NXDOMAIN for unknown names, and
// nothing at all for names listed in `silent`.

const dgram = require('dgram');

const TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, TLSA: 52, ANY: 255, CAA: 257 };
const NAMES = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k]));

function encodeName(name) {
  const parts = name.split('.').filter(Boolean);
  const bufs = [];
  for (const p of parts) bufs.push(Buffer.from([p.length]), Buffer.from(p));
  bufs.push(Buffer.from([0]));
  return Buffer.concat(bufs);
}

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function str(s) {
  return Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]);
}

function ipv6(s) {
  const [head, tail = ''] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = s.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return Buffer.concat(groups.map((g) => u16(parseInt(g, 16))));
}

function rdata(type, v) {
  switch (type) {
    case 'A': return Buffer.from(v.split('.').map(Number));
    case 'AAAA': return ipv6(v);
    case 'CNAME': case 'NS': case 'PTR': return encodeName(v);
    case 'MX': return Buffer.concat([u16(v.priority), encodeName(v.exchange)]);
    case 'TXT': return Buffer.concat(v.map(str));
    case 'SRV': return Buffer.concat([u16(v.priority), u16(v.weight), u16(v.port), encodeName(v.name)]);
    case 'SOA': return Buffer.concat([encodeName(v.nsname), encodeName(v.hostmaster), u32(v.serial),
                                      u32(v.refresh), u32(v.retry), u32(v.expire), u32(v.minttl)]);
    case 'NAPTR': return Buffer.concat([u16(v.order), u16(v.preference), str(v.flags), str(v.service),
                                        str(v.regexp), encodeName(v.replacement)]);
    case 'CAA': return Buffer.concat([Buffer.from([v.critical]), str(v.tag), Buffer.from(v.value)]);
    case 'TLSA': return Buffer.concat([Buffer.from([v.certUsage, v.selector, v.match]), v.data]);
    case 'RAW': return v.bytes;
  }
  throw new Error(`no encoder for ${type}`);
}

function parseQuestion(msg) {
  let at = 12;
  const labels = [];
  while (msg[at] !== 0) {
    labels.push(msg.toString('latin1', at + 1, at + 1 + msg[at]));
    at += msg[at] + 1;
  }
  at++;
  return { name: labels.join('.'), type: msg.readUInt16BE(at), end: at + 4 };
}

function startResponder(zone, callback, { silent = [] } = {}) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg, rinfo) => {
    const q = parseQuestion(msg);
    if (silent.includes(q.name)) return;
    const records = zone[q.name.toLowerCase()];
    const answers = [];
    if (records) {
      const wanted = NAMES[q.type];
      for (const [type, list] of Object.entries(records)) {
        for (const v of list) {
          // (RAW: bytes given as they are, under the type the entry claims.)
          const claimed = type === 'RAW' ? v.type : type;
          if (wanted !== 'ANY' && claimed !== wanted) continue;
          const data = rdata(type, v.rr ?? v);
          answers.push(Buffer.concat([u16(0xc00c), u16(TYPES[claimed]), u16(1), u32(v.ttl ?? 300),
                                      u16(data.length), data]));
        }
      }
    }
    const header = Buffer.concat([msg.subarray(0, 2), u16(records ? 0x8180 : 0x8183), u16(1),
                                  u16(answers.length), u16(0), u16(0)]);
    socket.send(Buffer.concat([header, msg.subarray(12, q.end), ...answers]), rinfo.port, rinfo.address);
  });
  socket.bind(0, '127.0.0.1', () => callback(socket.address().port, socket));
  return socket;
}

module.exports = { startResponder };
