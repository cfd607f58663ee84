'use strict';
// node:tty: terminals as net.Socket streams over internalBinding('tty_wrap').

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const { codes: { ERR_TTY_INIT_FAILED }, errnoException, uvErrorInfo } = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function newTTY(fd) {
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.code !== undefined) {
    ctx.message = uvErrorInfo(ctx.errno)[1];
    throw new ERR_TTY_INIT_FAILED(ctx);
  }
  return handle;
}

class ReadStream extends net.Socket {
  constructor(fd, options) {
    super({ readableHighWaterMark: 0, handle: newTTY(fd), manualStart: true, ...options });
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle?.setRawMode(flag);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends net.Socket {
  constructor(fd) {
    super({ readable: false, writable: true, handle: newTTY(fd), manualStart: true });
    // Terminal output is written synchronously, so nothing interleaves or is lost.
    this._handle.setBlocking(true);
    const size = [0, 0];
    if (this._handle.getWindowSize(size) === 0) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }


  _refreshSize() {
    const oldCols = this.columns;
    const oldRows = this.rows;
    const size = [0, 0];
    const err = this._handle.getWindowSize(size);
    if (err) {
      this.emit('error', errnoException(err, 'getWindowSize'));
      return;
    }
    const [newCols, newRows] = size;
    if (oldCols !== newCols || oldRows !== newRows) {
      this.columns = newCols;
      this.rows = newRows;
      this.emit('resize');
    }
  }

  cursorTo(x, y, cb) {
    return require('readline').cursorTo(this, x, y, cb);
  }

  moveCursor(dx, dy, cb) {
    return require('readline').moveCursor(this, dx, dy, cb);
  }

  clearLine(dir, cb) {
    return require('readline').clearLine(this, dir, cb);
  }

  clearScreenDown(cb) {
    return require('readline').clearScreenDown(this, cb);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

WriteStream.prototype.getColorDepth = function getColorDepthOf(env) {
  return getColorDepth(env);
};
WriteStream.prototype.hasColors = function hasColorsOf(count, env) {
  return hasColors(count, env);
};
WriteStream.prototype.isTTY = true;

module.exports = { isatty, ReadStream, WriteStream };
