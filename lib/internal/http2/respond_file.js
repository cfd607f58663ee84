'use strict';
// ServerHttp2Stream.respondWithFile / respondWithFD: the file's bytes (a range of them
// with offset/length) become the response body, read with fs and written to the
// stream; statCheck may change the headers or cancel, and open/stat errors go to
// options.onError (or destroy the stream).

const fs = require('fs');
const { codes } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { NGHTTP2_INTERNAL_ERROR } = require('internal/http2/util').constants;

function validateFileOptions(options) {
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  if (options.offset !== undefined && typeof options.offset !== 'number') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.offset', options.offset);
  }
  if (options.length !== undefined && typeof options.length !== 'number') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.length', options.length);
  }
  if (options.statCheck !== undefined && typeof options.statCheck !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.statCheck', options.statCheck);
  }
  options.offset = options.offset === undefined || options.offset < 0 ? 0 : options.offset;
  options.length = options.length === undefined || options.length < 0 ? -1 : options.length;
  return options;
}

function prepareHeaders(stream, headers) {
  if (stream.destroyed || stream.closed) throw new codes.ERR_HTTP2_INVALID_STREAM();
  if (stream.headersSent) throw new codes.ERR_HTTP2_HEADERS_SENT();
  if (headers === undefined || headers === null) headers = {};
  else validateObject(headers, 'headers');
  headers = { ...headers };
  const status = headers[':status'] === undefined ? 200 : headers[':status'] | 0;
  if (status === 204 || status === 205 || status === 304) throw new codes.ERR_HTTP2_PAYLOAD_FORBIDDEN(status);
  return headers;
}

// Sends `length` bytes of fd from `offset` (all to EOF when length < 0).
function sendFD(stream, fd, headers, options, stat, closeAfter) {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    if (closeAfter) fs.close(fd, () => {});
  };
  if (stream.destroyed) return finish();
  const isRegular = stat.isFile();
  if (!isRegular && (options.offset !== 0 || options.length !== -1)) {
    finish();
    const err = new codes.ERR_HTTP2_SEND_FILE_NOSEEK();
    if (typeof options.onError === 'function') return options.onError(err);
    return stream.destroy(err);
  }
  let length = options.length;
  if (typeof options.statCheck === 'function') {
    const statOptions = { offset: options.offset, length };
    if (options.statCheck.call(stream, stat, headers, statOptions) === false) return finish();
    length = statOptions.length;
    options.offset = statOptions.offset;
  }
  if (isRegular) {
    const available = Math.max(0, stat.size - options.offset);
    length = length < 0 ? available : Math.min(length, available);
  }
  if (isRegular && headers['content-length'] === undefined) headers['content-length'] = length;
  stream.respond(headers, { waitForTrailers: options.waitForTrailers });
  if (length === 0) {
    stream.end();
    return finish();
  }
  // A pipe or socket is read as it comes (it cannot seek).
  const rs = fs.createReadStream(null, {
    fd,
    start: isRegular ? options.offset : undefined,
    end: isRegular && length >= 0 ? options.offset + length - 1 : undefined,
    autoClose: false,
  });
  // A read that fails ends the stream as node's does: RST_STREAM INTERNAL_ERROR.
  rs.on('error', () => {
    finish();
    if (!stream.destroyed) stream.close(NGHTTP2_INTERNAL_ERROR);
  });
  rs.on('end', finish);
  // The descriptor is the caller's (or finish's to close): the read stream forgets it
  // before it is destroyed, as destroy() closes a stream's descriptor; finish waits
  // for a read in flight to end ('close').
  rs.on('close', finish);
  stream.on('close', () => {
    rs.fd = null;
    rs.destroy();
  });
  rs.pipe(stream);
}

function respondWithFD(fd, headers, options) {
  options = validateFileOptions(options);
  headers = prepareHeaders(this, headers);
  if (fd !== null && typeof fd === 'object' && typeof fd.fd === 'number') fd = fd.fd;
  if (typeof fd !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('fd', ['number', 'FileHandle'], fd);
  }
  let stat;
  try {
    stat = fs.fstatSync(fd);
  } catch {
    // Not a descriptor we can read: the response starts, and fails as a read would.
    this.respond(headers);
    this.close(NGHTTP2_INTERNAL_ERROR);
    return;
  }
  sendFD(this, fd, headers, options, stat, false);
}

function respondWithFile(path, headers, options) {
  options = validateFileOptions(options);
  headers = prepareHeaders(this, headers);
  const stream = this;
  const fail = (err) => {
    if (typeof options.onError === 'function') options.onError(err);
    else stream.destroy(err);
  };
  fs.open(path, 'r', (err, fd) => {
    if (err) return fail(err);
    fs.fstat(fd, (err, stat) => {
      if (err) {
        fs.close(fd, () => {});
        return fail(err);
      }
      if (stat.isDirectory()) {
        fs.close(fd, () => {});
        return fail(new codes.ERR_HTTP2_SEND_FILE());
      }
      if (stream.destroyed || stream.closed) {
        fs.close(fd, () => {});
        return;
      }
      sendFD(stream, fd, headers, options, stat, true);
    });
  });
}

module.exports = { respondWithFD, respondWithFile };
