'use strict';
// fetch(): http(s) over node's http client, data: URLs, redirects, content decoding
// and aborts.

const { Request, requestState } = require('internal/fetch/request');
const { makeResponse } = require('internal/fetch/response');
const { headersFromRaw, headerPairs, setGuard, Headers } = require('internal/fetch/headers');
const { kBody, isReadableStream } = require('internal/fetch/body');

// The fetch standard's "bad ports".
const badPorts = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
  427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665,
  6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);

let agents;
function agentFor(protocol) {
  agents ??= {};
  if (agents[protocol] === undefined) {
    const mod = protocol === 'https:' ? require('https') : require('http');
    agents[protocol] = new mod.Agent({ keepAlive: true });
  }
  return agents[protocol];
}

function networkError(cause) {
  return new TypeError('fetch failed', cause === undefined ? undefined : { cause });
}

function abortReason(signal) {
  return signal.reason;
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = new Request(input, init);
    } catch (err) {
      reject(err);
      return;
    }
    const state = requestState(request);
    const { signal } = state;
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    const ctx = {
      request, state, signal, resolve, reject, done: false, current: null, bodyStream: null,
      urlList: [new URL(state.url.href)], redirects: 0, method: state.method,
      headers: new Headers(state.headers), body: request[kBody],
    };
    const onAbort = () => {
      const reason = abortReason(signal);
      if (!ctx.done) {
        ctx.done = true;
        reject(reason);
      } else if (ctx.bodyController) {
        try { ctx.bodyController.error(reason); } catch { /* already closed */ }
      }
      ctx.current?.destroy();
      ctx.source?.destroy();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    ctx.cleanup = () => signal.removeEventListener('abort', onAbort);
    startFetch(ctx);
  });
}

function fail(ctx, err) {
  if (ctx.done) return;
  ctx.done = true;
  ctx.cleanup();
  ctx.reject(err);
}

function startFetch(ctx) {
  const url = ctx.urlList[ctx.urlList.length - 1];
  switch (url.protocol) {
    case 'data:':
      return dataFetch(ctx, url);
    case 'http:':
    case 'https:': {
      const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
      if (badPorts.has(port)) return fail(ctx, networkError(new Error('bad port')));
      return httpFetch(ctx, url);
    }
    case 'blob:':
      return blobFetch(ctx, url);
    case 'about:':
    case 'file:':
    default:
      return fail(ctx, networkError(new TypeError(url.protocol === 'file:' ? 'not implemented... yet...' : 'unknown scheme')));
  }
}

function dataFetch(ctx, url) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma === -1) return fail(ctx, networkError(new TypeError('invalid data: URL')));
  let mime = href.slice(5, comma).trim();
  let data = href.slice(comma + 1);
  const hash = data.indexOf('#');
  if (hash !== -1) data = data.slice(0, hash);
  let bytes;
  const b64 = /;\s*base64$/i.exec(mime);
  const decoded = decodeURIComponentBytes(data);
  if (b64) {
    mime = mime.slice(0, b64.index);
    try {
      const s = String.fromCharCode(...decoded).replace(/[\t\n\f\r ]/g, '');
      bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
    } catch {
      return fail(ctx, networkError(new TypeError('invalid data: URL')));
    }
  } else {
    bytes = decoded;
  }
  if (mime === '' || mime.startsWith(';')) mime = `text/plain${mime === '' ? ';charset=US-ASCII' : mime}`;
  const headers = new Headers([['content-type', mime]]);
  setGuard(headers, 'immutable');
  finish(ctx, makeResponse({
    type: 'basic', status: 200, statusText: 'OK', headers, urlList: ctx.urlList.map(String), body: bytes,
  }));
}

function blobFetch(ctx, url) {
  const blob = ctx.method === 'GET' ? require('internal/blob').resolveObjectURL(url.href) : undefined;
  if (blob === undefined) return fail(ctx, networkError(new TypeError('invalid method')));
  const headers = new Headers([['content-length', String(blob.size)], ['content-type', blob.type]]);
  setGuard(headers, 'immutable');
  finish(ctx, makeResponse({
    type: 'basic', status: 200, statusText: 'OK', headers, urlList: ctx.urlList.map(String), body: blob,
  }));
}

function decodeURIComponentBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else {
      for (const b of new TextEncoder().encode(s[i])) out.push(b);
    }
  }
  return Uint8Array.from(out);
}

function finish(ctx, response) {
  if (ctx.done) return;
  ctx.done = true;
  ctx.resolve(response);
}

async function writeBody(req, body) {
  if (body === null) return req.end();
  const { source } = body;
  if (source instanceof Uint8Array) return req.end(source);
  if (isReadableStream(source) || body.stream !== null) {
    const reader = (body.stream ?? source).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = typeof value === 'string' ? Buffer.from(value) : value;
      if (!(chunk instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
    }
    return req.end();
  }
  return req.end(await source.bytes()); // a Blob
}

function bodyLength(body) {
  if (body === null) return 0;
  if (body.stream !== null || isReadableStream(body.source)) return null;
  if (body.source instanceof Uint8Array) return body.source.byteLength;
  return body.source.size;
}

function httpFetch(ctx, url) {
  const mod = url.protocol === 'https:' ? require('https') : require('http');
  const headers = ctx.headers;
  // undici sends host and connection first; keep that order for servers that look.
  const out = { host: url.host, connection: 'keep-alive' };
  const add = (name, value) => {
    if (out[name] === undefined) out[name] = value;
    else if (Array.isArray(out[name])) out[name].push(value);
    else out[name] = [out[name], value];
  };
  for (const [name, value] of headerPairs(headers)) {
    const key = name.toLowerCase();
    if (key === 'host' || key === 'connection') out[key] = value;
    else add(name, value);
  }
  const len = bodyLength(ctx.body);
  if (len !== null && (ctx.body !== null || ctx.method === 'POST' || ctx.method === 'PUT') &&
      !headers.has('content-length')) {
    out['content-length'] = String(len);
  }
  for (const [name, value] of [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
    ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']]) {
    if (!headers.has(name)) out[name] = value;
  }
  let req;
  try {
    req = mod.request({
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: ctx.method,
      headers: out,
      agent: agentFor(url.protocol),
    });
  } catch (err) {
    return fail(ctx, networkError(err));
  }
  ctx.current = req;
  req.on('error', (err) => {
    if (!ctx.done) fail(ctx, networkError(err));
  });
  req.on('response', (res) => onResponse(ctx, url, res));
  writeBody(req, ctx.body).catch((err) => {
    req.destroy();
    fail(ctx, networkError(err));
  });
}

function onResponse(ctx, url, res) {
  if (ctx.done) {
    res.destroy();
    return;
  }
  const status = res.statusCode;
  const location = res.headers.location;
  if (redirectStatus.has(status) && location !== undefined && ctx.state.redirect !== 'manual') {
    res.resume();
    if (ctx.state.redirect === 'error') return fail(ctx, networkError(new Error('unexpected redirect')));
    let next;
    try {
      next = new URL(location, url);
    } catch (err) {
      return fail(ctx, networkError(err));
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return fail(ctx, networkError(new TypeError('URL scheme must be a HTTP(S) scheme')));
    }
    if (ctx.redirects >= 20) return fail(ctx, networkError(new Error('redirect count exceeded')));
    ctx.redirects++;
    if (status === 303 && ctx.method !== 'GET' && ctx.method !== 'HEAD' ||
        (status === 301 || status === 302) && ctx.method === 'POST') {
      ctx.method = 'GET';
      ctx.body = null;
      for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
        ctx.headers.delete(name);
      }
    } else if (ctx.body !== null && (ctx.body.stream !== null || isReadableStream(ctx.body.source))) {
      return fail(ctx, networkError(new TypeError('Cannot follow redirect with a streamed body')));
    }
    if (next.origin !== url.origin) {
      for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) ctx.headers.delete(name);
    }
    ctx.urlList.push(next);
    return startFetch(ctx);
  }

  const headers = headersFromRaw(res.rawHeaders, 'immutable');
  let body = null;
  if (ctx.method !== 'HEAD' && !nullBodyStatus.has(status)) {
    let source = res;
    // Codings apply in order, so they come off in reverse; an unknown one leaves the
    // body as it is.
    const codings = (res.headers['content-encoding'] ?? '').split(',')
      .map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
    const decoders = codings.map(makeDecoder);
    if (!decoders.includes(null)) {
      for (const decoder of decoders.reverse()) {
        source.on('error', (err) => decoder.destroy(err));
        source = source.pipe(decoder);
      }
    }
    ctx.source = source;
    body = nodeToWebStream(ctx, source, res);
  } else {
    res.resume();
  }
  res.on('end', () => ctx.cleanup());
  res.on('close', () => { if (res.complete) ctx.cleanup(); });
  finish(ctx, makeResponse({
    type: 'basic',
    status,
    statusText: res.statusMessage ?? '',
    headers,
    urlList: ctx.urlList.map(String),
    body,
  }));
}

function makeDecoder(coding) {
  const zlib = require('zlib');
  const opts = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(opts);
    case 'deflate':
      return deflateDecoder(zlib, opts);
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

// "deflate" is zlib-wrapped by the standard but raw deflate from some servers; the
// first bytes tell which (as browsers and undici do).
function deflateDecoder(zlib, opts) {
  const { Transform } = require('stream');
  let inner = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (inner === null) {
        const wrapped = (chunk[0] & 0x0f) === 8 && (chunk.length < 2 || ((chunk[0] << 8) | chunk[1]) % 31 === 0);
        inner = wrapped ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
        inner.on('data', (data) => this.push(data));
        inner.on('error', (err) => this.destroy(err));
      }
      inner.write(chunk, () => callback());
    },
    flush(callback) {
      // (eddy's zlib may end its readable side as soon as the data ends.)
      if (inner === null || inner.readableEnded) return callback();
      inner.once('end', () => callback());
      inner.end();
    },
  });
}

function nodeToWebStream(ctx, source, res) {
  let ended = false;
  return new ReadableStream({
    start(controller) {
      ctx.bodyController = controller;
      source.pause();
      source.on('data', (chunk) => {
        if (ended) return;
        // A byte stream takes ownership of the chunk's buffer: hand it a copy, not
        // a view into a shared pool.
        controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize <= 0) source.pause();
      });
      source.on('end', () => {
        if (ended) return;
        ended = true;
        try { controller.close(); } catch { /* errored */ }
      });
      source.on('error', (err) => {
        if (ended) return;
        ended = true;
        try { controller.error(new TypeError('terminated', { cause: err })); } catch { /* closed */ }
      });
      res.on('aborted', () => {
        if (ended) return;
        ended = true;
        const cause = new Error('other side closed');
        cause.name = 'SocketError';
        cause.code = 'UND_ERR_SOCKET';
        try { controller.error(new TypeError('terminated', { cause })); } catch { /* closed */ }
      });
    },
    pull() {
      source.resume();
    },
    cancel() {
      ended = true;
      source.destroy();
      if (source !== res) res.destroy();
    },
    type: 'bytes',
  }, { highWaterMark: 64 * 1024 });
}

module.exports = { fetch };
