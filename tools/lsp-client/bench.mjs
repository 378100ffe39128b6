// The language server's speed through a real LSP client:
//   node bench.mjs PROJECT FILE TARGET EDITS SERVER-COMMAND...
// opens FILE of PROJECT, then EDITS times changes `to: TARGET` to a node that does not exist and back (so every
// edit changes the file's diagnostics and the server must publish them), timing each edit until its diagnostics
// arrive; then times completion after `to: ` and measures the server's resident memory (its processes', summed).
// Prints one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from './client.mjs';

const [root, file, target, edits, command, ...args] = process.argv.slice(2);
const client = new Client(command, args, root);
const uri = client.uri(file);
const median = values => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = values => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
// The server's memory is that of the process started and every process under it (`botforge lsp` runs the server in
// a second process, with the server garbage collector; `./botforge` is a shell script that runs the CLI).
const read = path => { try { return readFileSync(path, 'utf8'); } catch { return ''; } };   // a thread or process may end meanwhile
const tasks = pid => { try { return readdirSync(`/proc/${pid}/task`); } catch { return []; } };
const children = pid => tasks(pid).flatMap(task => read(`/proc/${pid}/task/${task}/children`).split(' ').filter(Boolean).map(Number));
const tree = pid => [pid, ...children(pid).flatMap(tree)];
const rss = () => tree(client.process.pid)
  .reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0), 0) / 1024;

await client.initialize();
let clock = performance.now();
await client.open(file);
await client.request('textDocument/documentSymbol', { textDocument: { uri } });
const firstMs = performance.now() - clock;

const diagnosticsMs = [];
const from = `to: ${target}\n`, to = `to: ${target}_X\n`;
for (let i = 0; i < Number(edits); i++) {
  const breaking = i % 2 === 0;
  const arrived = client.next(p => p.uri === uri && p.diagnostics.some(d => d.message.includes(`${target}_X`)) === breaking, 60000);
  clock = performance.now();
  await client.edit(file, breaking ? from : to, breaking ? to : from);
  await arrived;
  diagnosticsMs.push(performance.now() - clock);
}

const completionMs = [];
const position = client.at(file, 'to: ');
for (let i = 0; i < 50; i++) {
  clock = performance.now();
  const list = await client.request('textDocument/completion', { textDocument: { uri }, position });
  completionMs.push(performance.now() - clock);
  if (!list.items.some(item => item.label === target)) throw new Error(`completion lacks ${target}`);
}

const memoryMb = rss();
const exit = await client.stop(); if (process.env.SHOW_STDERR) console.error(client.stderr);
console.log(JSON.stringify({
  project: root, edits: Number(edits), first_ms: Math.round(firstMs),
  diagnostics_median_ms: Math.round(median(diagnosticsMs)), diagnostics_p95_ms: Math.round(p95(diagnosticsMs)),
  completion_median_ms: Math.round(median(completionMs) * 10) / 10, memory_mb: Math.round(memoryMb), exit,
}));
