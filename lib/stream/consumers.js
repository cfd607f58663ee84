'use strict';
// node:stream/consumers — read a whole stream (or async iterable) into one value.

async function collectBytes(stream) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    let bytes;
    if (typeof chunk === 'string') bytes = new TextEncoder().encode(chunk);
    else if (ArrayBuffer.isView(chunk)) bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else if (chunk instanceof ArrayBuffer) bytes = new Uint8Array(chunk);
    else bytes = new TextEncoder().encode(String(chunk));
    chunks.push(bytes);
    total += bytes.byteLength;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  return (await collectBytes(stream)).buffer;
}

async function buffer(stream) {
  const u8 = await collectBytes(stream);
  return globalThis.Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

async function text(stream) {
  let dec = null;
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      str += chunk;
    } else {
      dec ??= new TextDecoder();
      str += dec.decode(chunk, { stream: true });
    }
  }
  if (dec !== null) str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
