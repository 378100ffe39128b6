// A small LSP client over the npm packages vscode-languageserver-protocol and vscode-jsonrpc: it starts
// `botforge lsp --stdio`, opens files, edits them and remembers the diagnostics the server publishes.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export class Client {
  constructor(command, args, root) {
    this.root = resolve(root);
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: process.env });
    this.stderr = '';
    this.process.stderr.on('data', d => { this.stderr += d; });
    this.exited = new Promise(resolve => this.process.on('exit', code => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.diagnostics = new Map();
    this.versions = new Map();
    this.texts = new Map();
    this.waiters = [];
    this.registrations = [];
    // As VS Code's client: the server may ask to be told of files changed on disk.
    this.connection.onRequest('client/registerCapability', params => { this.registrations.push(...params.registrations); return null; });
    this.connection.onNotification('textDocument/publishDiagnostics', params => {
      this.diagnostics.set(params.uri, params.diagnostics);
      const waiting = this.waiters;
      this.waiters = [];
      for (const waiter of waiting) {
        if (!waiter(params)) this.waiters.push(waiter);
      }
    });
    this.connection.listen();
  }

  /**
   * A file's URI as VS Code writes it: every character of each segment but the unreserved ones escaped (Node's
   * pathToFileURL leaves `(`, `)`, `!`, `'` and `*` as they are). The server must give files back in this form.
   */
  uri(relative) {
    const escape = segment => encodeURIComponent(segment).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `file://${`${this.root}/${relative}`.split('/').map(escape).join('/')}`;
  }

  async initialize() {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: this.uri('').replace(/\/$/, ''), workspaceFolders: null,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next publishDiagnostics for which `test` holds (or rejects after `ms`). */
  next(test, ms = 20000, what = 'diagnostics') {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms\n${this.stderr}`)), ms);
      this.waiters.push(params => {
        if (!test(params)) return false;
        clearTimeout(timer);
        resolve(params);
        return true;
      });
    });
  }

  async open(relative, text) {
    text ??= readFileSync(`${this.root}/${relative}`, 'utf8');
    this.texts.set(relative, text);
    this.versions.set(relative, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri(relative), languageId: 'yaml', version: 1, text },
    });
  }

  /** Replaces the first `find` in an open file by `replace`, sent as an incremental change; the edit's range. */
  async edit(relative, find, replace) {
    const text = this.texts.get(relative);
    const at = text.indexOf(find);
    if (at < 0) throw new Error(`'${find}' is not in ${relative}`);
    const range = { start: this.position(relative, at), end: this.position(relative, at + find.length) };
    this.texts.set(relative, text.slice(0, at) + replace + text.slice(at + find.length));
    const version = this.versions.get(relative) + 1;
    this.versions.set(relative, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(relative), version }, contentChanges: [{ range, text: replace }],
    });
    return range;
  }

  /** Applies an LSP text edit (a code action's) to an open file, sent as an incremental change. */
  async apply(relative, { range, newText }) {
    const text = this.texts.get(relative);
    const start = this.offset(relative, range.start);
    await this.edit(relative, text.slice(start, this.offset(relative, range.end)), newText);
    if (this.texts.get(relative) !== text.slice(0, start) + newText + text.slice(this.offset(relative, range.end))) {
      throw new Error(`the edit's text occurs earlier in ${relative}`);
    }
  }

  /** The character offset of an LSP position in an open file (UTF-16, as JavaScript strings count). */
  offset(relative, { line, character }) {
    const lines = this.texts.get(relative).split('\n');
    return lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  }

  /** Replaces an open file's whole text, sent as a change without a range. */
  async replace(relative, text) {
    this.texts.set(relative, text);
    const version = this.versions.get(relative) + 1;
    this.versions.set(relative, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(relative), version }, contentChanges: [{ text }] });
  }

  /** The LSP position of a character offset of an open file (UTF-16, as JavaScript strings count). */
  position(relative, offset) {
    const before = this.texts.get(relative).slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  }

  /** The position just after (or at, with `inside`) the n-th occurrence of `find` in an open file. */
  at(relative, find, { occurrence = 0, inside = 0 } = {}) {
    const text = this.texts.get(relative);
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
      at = text.indexOf(find, at + 1);
      if (at < 0) throw new Error(`'${find}' (#${occurrence}) is not in ${relative}`);
    }
    return this.position(relative, at + (inside || find.length));
  }

  request(method, params) { return this.connection.sendRequest(method, params); }

  /** Tells the server files changed on disk (type 1 created, 2 changed, 3 deleted), as an editor's file watcher does. */
  async changedOnDisk(relatives, type = 2) {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: relatives.map(r => ({ uri: this.uri(r), type })) });
  }

  async stop() {
    await this.connection.sendRequest('shutdown');
    return await this.exit();
  }

  /** Sends exit (after shutdown) and resolves with the server's exit code. */
  async exit() {
    await this.connection.sendNotification('exit');
    return await this.exited;
  }
}
