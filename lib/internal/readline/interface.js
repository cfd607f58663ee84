'use strict';
// The readline Interface shared by node:readline and node:readline/promises. It
// splits an input stream into 'line' events; with terminal: true it reads keypresses
// and edits the line in place (cursor movement, deletion, history, completion),
// drawing with ANSI sequences on the output stream.

const EventEmitter = require('events');
const {
  AbortError,
  codes,
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  CSI, charLengthAt, charLengthLeft, commonPrefix, getStringWidth, kSubstringSearch, makeUtf8Decoder,
} = require('internal/readline/utils');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMaxLengthOfKillRing = 32;
const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;

const kHiddenFields = [
  '_decoder', '_killRing', '_killRingCursor', '_line_buffer', '_oldPrompt', '_previousKey',
  '_prompt', '_questionCallback', '_redoStack', '_sawKeyPress', '_sawReturnAt', '_undoStack',
  '_yanking', 'closed', 'cursor', 'prevRows', 'removeHistoryDuplicates',
];
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestion = Symbol('kQuestion');
const kQuestionReject = Symbol('kQuestionReject');
const kLineObjectStream = Symbol('line object stream');
const kOnLine = Symbol('_onLine');
const kSplitNewlines = Symbol('kSplitNewlines');
const kWriteToOutput = Symbol('_writeToOutput');
const kNormalWrite = Symbol('_normalWrite');
const kTtyWrite = Symbol('_ttyWrite');
const kRefreshLine = Symbol('_refreshLine');
const kInsertString = Symbol('_insertString');
const kPrintableRun = /[\x20-\x7e]+/y;

// { cols, rows } of a scan's end.
function displayPos({ offset, rows, col }) {
  const cols = offset % col;
  return { cols, rows: rows + (offset - cols) / col };
}
const kSetRawMode = Symbol('_setRawMode');

function isWriteStream(out) {
  return out !== null && out !== undefined && typeof out.write === 'function';
}

class InterfaceConstructor extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    if (input?.input) {
      // An options object.
      output = input.output;
      completer = input.completer;
      terminal = input.terminal;
      history = input.history;
      historySize = input.historySize;
      signal = input.signal;
      if (input.tabSize !== undefined) {
        validateUint32(input.tabSize, 'tabSize', true);
        this.tabSize = input.tabSize;
      }
      removeHistoryDuplicates = input.removeHistoryDuplicates;
      if (input.prompt !== undefined) prompt = input.prompt;
      if (input.escapeCodeTimeout !== undefined) {
        if (Number.isFinite(input.escapeCodeTimeout)) {
          this.escapeCodeTimeout = input.escapeCodeTimeout;
        } else {
          throw new codes.ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
        }
      }
      if (signal) validateAbortSignal(signal, 'options.signal');
      crlfDelay = input.crlfDelay;
      input = input.input;
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new codes.ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (history === undefined) history = [];
    else validateArray(history, 'history');
    if (historySize === undefined) historySize = kHistorySize;
    validateNumber(historySize, 'historySize', 0);
    if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

    this.isCompletionEnabled = true;
    this.escapeCodeTimeout ??= 500;
    this.tabSize ??= 8;
    this.line = '';
    this.cursor = 0;
    this.history = history;
    this.historyIndex = -1;
    this.historySize = historySize;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
    this.completer = completer;
    this.output = output;
    this.input = input;
    this.terminal = !!terminal;
    this.closed = false;
    this.prevRows = 0;
    this._prompt = prompt;
    this._questionCallback = null;
    this._oldPrompt = '';
    this._sawReturnAt = 0;
    this._sawKeyPress = false;
    this._previousKey = null;
    this._line_buffer = null;
    this._decoder = null;
    this[kLineObjectStream] = undefined;
    this[kQuestionReject] = undefined;
    this._undoStack = [];
    this._redoStack = [];
    this._killRing = [];
    this._killRingCursor = 0;
    this._yanking = false;

    // Internal state stays out of Object.keys(), as node keeps it behind symbols.
    for (const key of kHiddenFields) {
      Object.defineProperty(this, key, { __proto__: null, enumerable: false });
    }

    const onerror = (err) => { this.emit('error', err); };
    const ondata = (data) => { this[kNormalWrite](data); };
    const onend = () => {
      if (typeof this._line_buffer === 'string' && this._line_buffer.length > 0) {
        this.emit('line', this._line_buffer);
      }
      this.close();
    };
    const ontermend = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onkeypress = (s, key) => {
      this[kTtyWrite](s, key);
      if (key && key.sequence) {
        // A multi-byte character arriving as one keypress.
        const ch = key.sequence.codePointAt(0);
        if (ch >= 0xd800 && ch <= 0xdfff) this[kRefreshLine]();
      }
    };
    const onresize = () => { this[kRefreshLine](); };

    input.on('error', onerror);
    if (!this.terminal) {
      this._decoder = makeUtf8Decoder();
      input.on('data', ondata);
      input.on('end', onend);
      this.once('close', () => {
        input.removeListener('data', ondata);
        input.removeListener('error', onerror);
        input.removeListener('end', onend);
      });
    } else {
      emitKeypressEvents(input, this);
      input.on('keypress', onkeypress);
      input.on('end', ontermend);
      this[kSetRawMode](true);
      this.terminal = true;
      if (output !== null && output !== undefined) output.on('resize', onresize);
      this.once('close', () => {
        input.removeListener('keypress', onkeypress);
        input.removeListener('error', onerror);
        input.removeListener('end', ontermend);
        if (output !== null && output !== undefined) output.removeListener('resize', onresize);
      });
    }

    if (signal) {
      const onAborted = () => this.close();
      if (signal.aborted) {
        process.nextTick(onAborted);
      } else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }

    input.resume();
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this._questionCallback) {
      this.prompt();
    } else {
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCallback = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this._questionCallback) {
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      this.clearLine();
    }
  }

  _writeToOutput(stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  [kRefreshLine]() {
    const line = this._prompt + this.line;
    const { line: dispPos, cursor: cursorPos } = this.#linePositions();
    const lineCols = dispPos.cols;
    const lineRows = dispPos.rows;
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // Make the cursor wrap to the next line when the line fills the width.
    if (lineCols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this._decoder.write(b);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this._sawReturnAt = 0;
    }
    // Most input ends its lines with '\n' alone: split on it with indexOf, without
    // a regular expression match per line.
    if (string.includes('\n') && !string.includes('\r') && !string.includes('\u2028') &&
        !string.includes('\u2029')) {
      this[kSplitNewlines](string);
      return;
    }
    // Test only the new chunk for a line ending, not the whole buffered line.
    lineEnding.lastIndex = 0;
    let match = lineEnding.exec(string);
    if (match !== null) {
      if (this._line_buffer) {
        string = this._line_buffer + string;
        this._line_buffer = null;
        lineEnding.lastIndex = 0;
        match = lineEnding.exec(string);
      }
      this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
      const indexes = [0, match.index, lineEnding.lastIndex];
      let next;
      while ((next = lineEnding.exec(string)) !== null) indexes.push(next.index, lineEnding.lastIndex);
      const lastIndex = indexes.length - 1;
      this._line_buffer = string.slice(indexes[lastIndex]);
      for (let i = 1; i < lastIndex && !this.closed; i += 2) {
        this[kOnLine](string.slice(indexes[i - 1], indexes[i]));
      }
    } else if (string) {
      this._line_buffer = this._line_buffer ? this._line_buffer + string : string;
    }
  }

  // The lines of a chunk whose only line endings are '\n' (at least one), as the
  // general path in kNormalWrite splits them: the rest after the last one is kept
  // before any line is emitted, and lines stop when a listener closes the interface.
  [kSplitNewlines](string) {
    const last = string.lastIndexOf('\n');
    const before = this._line_buffer;
    this._line_buffer = string.slice(last + 1);
    this._sawReturnAt = 0;
    let end = string.indexOf('\n');
    let line = before ? before + string.slice(0, end) : string.slice(0, end);
    for (;;) {
      if (this.closed) return;
      this[kOnLine](line);
      if (end === last) return;
      const start = end + 1;
      end = string.indexOf('\n', start);
      line = string.slice(start, end);
    }
  }

  [kInsertString](c) {
    this._beforeEdit(this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // A pasted character before the paste's last: written as it is, as node does;
      // the last one redraws the line once (a redraw per character wrote the whole
      // line each time: 200 MB for a 20k-character paste in mid-line).
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._writeToOutput(c);
      return;
    }
    if (this.cursor < this.line.length) {
      const beg = this.line.slice(0, this.cursor);
      const end = this.line.slice(this.cursor);
      this.line = beg + c + end;
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this[kRefreshLine]();
      else this._writeToOutput(c);
    }
  }

  // The completer may call back synchronously (then the line updates before
  // write() returns, as in node), later, or return a value or a promise.
  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let done = false;
    const finish = (err, value) => {
      if (done) return;
      done = true;
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${err}`);
        return;
      }
      this._tabCompleter(lastKeypressWasTab, value);
    };
    let ret;
    try {
      ret = this.completer(string, finish);
    } catch (err) {
      finish(err);
      return;
    }
    if (ret !== undefined && !done) {
      if (typeof ret?.then === 'function') ret.then((v) => finish(null, v), finish);
      else finish(null, ret);
    }
  }

  _tabCompleter(lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    this._beforeEdit(this.line, this.cursor);
    // Two tabs in a row: list the candidates in columns.
    const completionsWidth = completions.map((e) => getStringWidth(e));
    const width = Math.max(...completionsWidth) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - completionsWidth[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this._writeToOutput(output);
    this._refreshLine();
  }

  _wordLeft() {
    if (this.cursor > 0) {
      const leading = this.line.slice(0, this.cursor);
      const reversed = [...leading].reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this._moveCursor(-match[0].length);
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
      this._moveCursor(match[0].length);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit(this.line, this.cursor);
      const charSize = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - charSize) + this.line.slice(this.cursor, this.line.length);
      this.cursor -= charSize;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const charSize = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + charSize, this.line.length);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit(this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const reversed = [...leading].reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this._pushToKillRing(leading.slice(leading.length - match[0].length));
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor, this.line.length);
      this.cursor = leading.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this._pushToKillRing(trailing.slice(0, match[0].length));
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this._beforeEdit(this.line, this.cursor);
    this._pushToKillRing(this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this._beforeEdit(this.line, this.cursor);
    this._pushToKillRing(this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  // The kill ring: text removed by the kill commands, yanked back by ctrl-y and
  // cycled by meta-y right after a yank.
  _pushToKillRing(del) {
    if (!del || del === this._killRing[0]) return;
    this._killRing.unshift(del);
    this._killRingCursor = 0;
    while (this._killRing.length > kMaxLengthOfKillRing) this._killRing.pop();
  }

  _yank() {
    if (this._killRing.length > 0) {
      this._yanking = true;
      this[kInsertString](this._killRing[this._killRingCursor]);
    }
  }

  _yankPop() {
    if (!this._yanking) return;
    if (this._killRing.length > 1) {
      const lastYank = this._killRing[this._killRingCursor];
      this._killRingCursor++;
      if (this._killRingCursor >= this._killRing.length) this._killRingCursor = 0;
      const currentYank = this._killRing[this._killRingCursor];
      const head = this.line.slice(0, this.cursor - lastYank.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this._refreshLine();
    }
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _line() {
    const line = this._addHistory();
    this._undoStack = [];
    this._redoStack = [];
    this.clearLine();
    this[kOnLine](line);
  }

  _beforeEdit(oldText, oldCursor) {
    this._undoStack.push({ text: oldText, cursor: oldCursor });
    if (this._undoStack.length > kMaxUndoRedoStackSize) this._undoStack.shift();
    this._redoStack = [];
  }

  _undo() {
    if (this._undoStack.length <= 0) return;
    this._redoStack.push({ text: this.line, cursor: this.cursor });
    const entry = this._undoStack.pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  _redo() {
    if (this._redoStack.length <= 0) return;
    this._undoStack.push({ text: this.line, cursor: this.cursor });
    const entry = this._redoStack.pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  // History navigation searches for entries starting with what was typed.
  _historyNext() {
    if (this.historyIndex >= 0) {
      this._beforeEdit(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
      if (index === -1) this.line = search;
      else this.line = this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this._beforeEdit(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
      if (index === this.history.length) this.line = search;
      else this.line = this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _getDisplayPos(str) {
    return displayPos(this.#scan(str, 0, 0));
  }

  // Where the text str ends on screen, going on from a column offset and a row
  // count ({ offset, rows }, before offset is wrapped into rows).
  #scan(str, offset, rows) {
    const col = this.columns;
    if (str.includes('\x1b')) str = str.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
    for (let i = 0; i < str.length;) {
      // Printable ASCII is a column a character: counted a run at a time.
      kPrintableRun.lastIndex = i;
      if (kPrintableRun.test(str)) {
        offset += kPrintableRun.lastIndex - i;
        i = kPrintableRun.lastIndex;
        continue;
      }
      const char = String.fromCodePoint(str.codePointAt(i));
      i += char.length;
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // Wide characters do not split across two lines.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    return { offset, rows, col };
  }

  // The scan of the text before the cursor, { text, state }: while typing or
  // pasting it grows a character at a time, so only the new part is measured
  // (otherwise each key costs a pass over the whole line, twice).
  #beforeCursor = null;

  #scanBeforeCursor() {
    const text = this._prompt + this.line.slice(0, this.cursor);
    const last = this.#beforeCursor;
    let state;
    if (last !== null && last.state.col === this.columns && text.length >= last.text.length &&
        text.startsWith(last.text)) {
      state = this.#scan(text.slice(last.text.length), last.state.offset, last.state.rows);
    } else {
      state = this.#scan(text, 0, 0);
    }
    this.#beforeCursor = { text, state };
    return state;
  }

  getCursorPos() {
    return displayPos(this.#scanBeforeCursor());
  }

  // The end of the line and the cursor's position on screen, in one pass.
  #linePositions() {
    const before = this.#scanBeforeCursor();
    const line = displayPos(this.#scan(this.line.slice(this.cursor), before.offset, before.rows));
    return { line, cursor: displayPos(before) };
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      const diffWidth = newPos.cols - oldPos.cols;
      moveCursor(this.output, diffWidth, 0);
    } else {
      this._refreshLine();
    }
  }

  [kTtyWrite](s, key) {
    const previousKey = this._previousKey;
    key = key || kEmptyObject;
    this._previousKey = key;
    if (!key.meta || key.name !== 'y') this._yanking = false;
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null || this[kSubstringSearch] === undefined) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    if (typeof key.name === 'string' && key.name.startsWith('f') && /^f\d+$/.test(key.name)) return;

    // ctrl-_ undoes and ctrl-^ redoes, whatever name the terminal gives them.
    if (key.sequence === '\x1F') {
      this._undo();
      return;
    }
    if (key.sequence === '\x1E') {
      this._redo();
      return;
    }

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this._deleteLineLeft(); break;
        case 'delete': this._deleteLineRight(); break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) {
            this.emit('SIGINT');
          } else {
            this.clearLine();
            this.close();
            // A pending readline/promises question fails on ctrl-c (not on close()).
            this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
          }
          break;
        case 'h': this._deleteLeft(); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) {
            this.close();
            this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
          } else if (this.cursor < this.line.length) {
            this._deleteRight();
          }
          break;
        case 'u': this._deleteLineLeft(); break;
        case 'k': this._deleteLineRight(); break;
        case 'a': this._moveCursor(-Infinity); break;
        case 'e': this._moveCursor(+Infinity); break;
        case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          break;
        case 'n': this._historyNext(); break;
        case 'p': this._historyPrev(); break;
        case 'y': this._yank(); break;
        case 'z':
          if (process.platform === 'win32') break;
          if (this.listenerCount('SIGTSTP') > 0) {
            this.emit('SIGTSTP');
          } else {
            process.once('SIGCONT', () => {
              if (!this.paused) {
                this.pause();
                this.emit('SIGCONT');
              }
              this[kSetRawMode](true);
              this._refreshLine();
            });
            this[kSetRawMode](false);
            process.kill(process.pid, 'SIGTSTP');
          }
          break;
        case 'w':
        case 'backspace': this._deleteWordLeft(); break;
        case 'delete': this._deleteWordRight(); break;
        case 'left': this._wordLeft(); break;
        case 'right': this._wordRight(); break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd':
        case 'delete': this._deleteWordRight(); break;
        case 'backspace': this._deleteWordLeft(); break;
        case 'y': this._yankPop(); break;
      }
    } else {
      if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
      switch (key.name) {
        case 'return':
          this._sawReturnAt = Date.now();
          this._line();
          break;
        case 'enter':
          // A \n right after \r is the second half of a CRLF.
          if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
          this._sawReturnAt = 0;
          break;
        case 'backspace': this._deleteLeft(); break;
        case 'delete': this._deleteRight(); break;
        case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'home': this._moveCursor(-Infinity); break;
        case 'end': this._moveCursor(+Infinity); break;
        case 'up': this._historyPrev(); break;
        case 'down': this._historyNext(); break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            const lastKeypressWasTab = previousKey && previousKey.name === 'tab';
            this._tabComplete(lastKeypressWasTab);
            break;
          }
          // Without a completer a tab is text.
        // falls through
        default:
          if (typeof s === 'string' && s) {
            // Insert the text line by line; a newline inside pasted text ends a line.
            const lines = s.split(/\r\n|\n|\r/);
            for (let i = 0, len = lines.length; i < len; i++) {
              if (i > 0) this._line();
              if (lines[i].length) this[kInsertString](lines[i]);
            }
          }
      }
    }
  }

  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) this[kLineObjectStream] = lineIterator(this);
    return this[kLineObjectStream];
  }
}

// The async iterator over 'line' events: lines queue while the consumer is busy;
// above 1024 queued lines the input is paused until the queue is empty again. It
// ends on 'close'.
function lineIterator(rl) {
  const queue = [];
  const waiting = [];
  let done = false;
  let error = null;
  const highWaterMark = 1024;
  const lowWaterMark = 1;
  let paused = false;
  const onLine = (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
    } else {
      queue.push(line);
      if (!paused && queue.length > highWaterMark) {
        paused = true;
        rl.pause();
      }
    }
  };
  const onClose = () => {
    done = true;
    cleanup();
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    error = err;
    cleanup();
    while (waiting.length > 0) waiting.shift().reject(err);
  };
  function cleanup() {
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  }
  rl.on('line', onLine);
  rl.on('close', onClose);
  rl.on('error', onError);
  const iterator = {
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (paused && queue.length < lowWaterMark && !rl.closed) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      done = true;
      cleanup();
      rl.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      done = true;
      cleanup();
      rl.close();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [Symbol.for('nodejs.watermarkData')]: {
      get size() { return queue.length; },
      get low() { return lowWaterMark; },
      get high() { return highWaterMark; },
      get isPaused() { return paused; },
    },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())));
  return iterator;
}

// The underscore names predate the symbols; packages still call a few of them.
InterfaceConstructor.prototype._onLine = InterfaceConstructor.prototype[kOnLine];
InterfaceConstructor.prototype[kWriteToOutput] = InterfaceConstructor.prototype._writeToOutput;
InterfaceConstructor.prototype._refreshLine = InterfaceConstructor.prototype[kRefreshLine];
InterfaceConstructor.prototype._normalWrite = InterfaceConstructor.prototype[kNormalWrite];
InterfaceConstructor.prototype._insertString = InterfaceConstructor.prototype[kInsertString];
InterfaceConstructor.prototype._ttyWrite = InterfaceConstructor.prototype[kTtyWrite];
InterfaceConstructor.prototype._setRawMode = InterfaceConstructor.prototype[kSetRawMode];

module.exports = {
  Interface: InterfaceConstructor,
  InterfaceConstructor,
  isWriteStream,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
  kTtyWrite,
};
