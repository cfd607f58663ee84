'use strict';
// fs.openAsBlob: a Blob backed by the file, which is read only when the blob is,
// as node's. The file is checked (size and modification time, as when the blob
// was made) before each read: a changed or vanished file makes the read fail
// with NotReadableError. Also the reading of such blobs' parts for
// internal/blob.js (a part is a Uint8Array or a range { file, start, end }).

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');

const kChunkSize = 65536;

let fsModule;
function lazyFs() {
  fsModule ??= require('fs');
  return fsModule;
}

function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type ?? '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  // node opens the file now: a refused path throws rather than rejects.
  if (require('internal/options').permissionEnabled) require('internal/process/permission').checkRead(path);
  let stats;
  try {
    stats = lazyFs().statSync(path);
  } catch {
    const err = new ERR_INVALID_ARG_VALUE('path', path);
    err.message = 'Unable to open file as blob';
    throw err;
  }
  const file = { path: `${path}`, size: stats.size, mtimeMs: stats.mtimeMs };
  return Promise.resolve(require('internal/blob').createFileBackedBlob(file, type));
}

function notReadable() {
  return new DOMException('The blob could not be read', 'NotReadableError');
}

// Opens a part's file and checks it is still the file the blob was made of.
async function openChecked(file) {
  let handle;
  try {
    handle = await lazyFs().promises.open(file.path, 'r');
    await checkUnchanged(handle, file);
  } catch {
    await handle?.close().catch(() => {});
    throw notReadable();
  }
  return handle;
}

async function checkUnchanged(handle, file) {
  const stats = await handle.stat();
  if (stats.size !== file.size || stats.mtimeMs !== file.mtimeMs) throw notReadable();
}

// Reads bytes [start, end) of an open, checked file into target at offset.
async function readRange(handle, start, end, target, offset) {
  let pos = start;
  while (pos < end) {
    const { bytesRead } = await handle.read(target, offset + pos - start, end - pos, pos);
    if (bytesRead === 0) throw notReadable();
    pos += bytesRead;
  }
}

// All of a blob's bytes, as a new Uint8Array of size bytes.
async function readParts(parts, size) {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    if (part instanceof Uint8Array) {
      out.set(part, offset);
      offset += part.length;
      continue;
    }
    const handle = await openChecked(part.file);
    try {
      await readRange(handle, part.start, part.end, out, offset);
    } catch {
      throw notReadable();
    } finally {
      await handle.close().catch(() => {});
    }
    offset += part.end - part.start;
  }
  return out;
}

// A byte stream of the parts, read in chunks of at most 64 KiB; each read of a
// file checks the file again.
function partsStream(parts) {
  const { ReadableStream } = require('internal/webstreams/readablestream');
  let index = 0;
  let pos = -1; // within parts[index]; -1 before its first read
  let handle;
  const closeHandle = async () => {
    const h = handle;
    handle = undefined;
    await h?.close().catch(() => {});
  };
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      for (;;) {
        if (index === parts.length) {
          controller.close();
          return;
        }
        const part = parts[index];
        if (part instanceof Uint8Array) {
          if (pos === -1) pos = 0;
          if (pos < part.length) {
            const chunk = part.slice(pos, pos + kChunkSize);
            pos += chunk.length;
            controller.enqueue(chunk);
            return;
          }
        } else {
          try {
            if (handle === undefined) handle = await openChecked(part.file);
            else await checkUnchanged(handle, part.file);
          } catch (err) {
            await closeHandle();
            throw err;
          }
          if (pos === -1) pos = part.start;
          if (pos < part.end) {
            const chunk = new Uint8Array(Math.min(kChunkSize, part.end - pos));
            try {
              await readRange(handle, pos, pos + chunk.length, chunk, 0);
            } catch {
              await closeHandle();
              throw notReadable();
            }
            pos += chunk.length;
            controller.enqueue(chunk);
            return;
          }
          await closeHandle();
        }
        index++;
        pos = -1;
      }
    },
    cancel: closeHandle,
  });
}

module.exports = { openAsBlob, readParts, partsStream };
