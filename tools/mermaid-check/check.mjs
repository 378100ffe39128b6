// Parses each Mermaid file with the mermaid package (the parser GitHub's renderer uses), in Node under jsdom.
// Prints "ok FILE" or "bad FILE: reason" per file; exits 1 when any file does not parse.
// Used by the test suite (MermaidOutputTests); install with `npm ci` here (tools/test.sh does).
import fs from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let bad = 0;
for (const file of process.argv.slice(2)) {
  try {
    await mermaid.parse(fs.readFileSync(file, 'utf8'));
    console.log(`ok ${file}`);
  } catch (error) {
    bad++;
    console.log(`bad ${file}: ${String(error?.message ?? error).split('\n').slice(0, 4).join(' | ')}`);
  }
}
process.exit(bad > 0 ? 1 : 0);
