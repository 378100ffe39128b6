// What an author's editor says about BotForge YAML: runs Red Hat's yaml-language-server (the YAML extension of
// VS Code and other editors), which validates each file against the schema named by its
// `# yaml-language-server: $schema=…` line, and prints the diagnostics of each file as JSON:
//   node yaml-ls.mjs FILE... → {"FILE": [{"line": 3, "message": "…"}], …}
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const files = process.argv.slice(2);
const server = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const settings = { validate: true, hover: false, completion: false, format: { enable: false }, schemaStore: { enable: false } };
const published = new Map();
let settle;
const all = new Promise(resolve => { settle = resolve; });
connection.onNotification('textDocument/publishDiagnostics', params => {
  published.set(params.uri, params.diagnostics);
  if (files.every(f => published.has(pathToFileURL(f).href))) settle();
});
connection.onRequest('workspace/configuration', params => params.items.map(item => (item.section === 'yaml' ? settings : null)));
connection.onRequest('client/registerCapability', () => null);
connection.listen();

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification('initialized', {});
await connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });
for (const file of files) {
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: pathToFileURL(file).href, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') },
  });
}
const timer = setTimeout(() => { console.error('yaml-language-server sent no diagnostics for some files within 60 s'); process.exit(2); }, 60000);
await all;
clearTimeout(timer);
// A file is validated again once its schema has loaded: what it says last is what the editor shows.
await new Promise(resolve => setTimeout(resolve, 1500));
const result = Object.fromEntries(files.map(f => [f, published.get(pathToFileURL(f).href).map(d => ({ line: d.range.start.line + 1, message: d.message }))]));
console.log(JSON.stringify(result));
child.kill();
process.exit(0);
