// The language server's contract, through a real LSP client: node test.mjs PROJECT SERVER-COMMAND...
// e.g. node test.mjs /tmp/acme botforge lsp --stdio. PROJECT is a copy of bots/acme-support; the test edits the
// editor's buffers (what the server is sent), and one file on disk, as another program would, which it puts back.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { Client } from './client.mjs';

const [root, command, ...args] = process.argv.slice(2);
const client = new Client(command, args, root);
const flow = 'stories/support/ticket_status.yaml';
const errors = params => params.diagnostics.filter(d => d.severity === 1);
const step = name => console.log(`lsp: ${name}`);

step('a request before initialize is refused (ServerNotInitialized); a second initialize too');
await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: client.uri(flow) }, position: { line: 0, character: 0 } }),
  e => e.code === -32002);
const init = await client.initialize();
await assert.rejects(client.request('initialize', { processId: null, rootUri: null, capabilities: {} }), e => e.code === -32600);
assert.equal(init.serverInfo.name, 'botforge');
assert.ok(init.capabilities.renameProvider && init.capabilities.completionProvider && init.capabilities.definitionProvider);

step('diagnostics of the whole project on open; the example bot has no errors');
for (const file of [flow, 'entities.yaml', 'stories/support/raise_ticket.yaml', 'tests/conversations.yaml']) await client.open(file);
// A request on a file answers from the newest compilation, so its diagnostics have been sent before the answer.
await client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri(flow) } });
const openErrors = [...client.diagnostics.values()].flat().filter(d => d.severity === 1);
assert.deepEqual(openErrors, []);

step('an edit gives an error with its code linked to the docs and a "did you mean" fix');
const broken = client.next(p => p.uri === client.uri(flow) && errors(p).some(d => d.message.includes('FETCH_TICKE')));
await client.edit(flow, 'to: FETCH_TICKET', 'to: FETCH_TICKE');
const unknown = errors(await broken).find(d => d.message.includes('FETCH_TICKE'));
assert.match(unknown.code, /^BF\d{4}$/);
assert.match(unknown.codeDescription.href, /diagnostics\.md#bf\d{4}$/);
const actions = await client.request('textDocument/codeAction', {
  textDocument: { uri: client.uri(flow) }, range: unknown.range, context: { diagnostics: [unknown] },
});
assert.equal(actions.length, 1);
assert.equal(actions[0].title, "Change to 'FETCH_TICKET'");
const [fix] = actions[0].edit.changes[client.uri(flow)];
assert.equal(fix.newText, 'FETCH_TICKET');
assert.deepEqual(fix.range, { start: client.at(flow, 'to: FETCH_TICKE', { inside: 4 }), end: client.at(flow, 'to: FETCH_TICKE') });
step("another tool's diagnostics in a code action request (a number for a code, no source or severity) get no action and no error");
const foreign = { range: unknown.range, message: 'Incorrect type. Expected "string".', severity: 1, code: 0, source: 'yaml-schema: botforge' };
const bare = { range: unknown.range, message: 'no code, no severity, no source' };
const mixed = await client.request('textDocument/codeAction', {
  textDocument: { uri: client.uri(flow) }, range: unknown.range, context: { diagnostics: [foreign, bare, unknown] },
});
assert.equal(mixed.length, 1);
assert.deepEqual(mixed[0].diagnostics, [unknown]);
const forged = { ...unknown, data: { replace: 'not a range', with: 7 } };
assert.deepEqual(await client.request('textDocument/codeAction', {
  textDocument: { uri: client.uri(flow) }, range: unknown.range, context: { diagnostics: [forged] },
}), []);

step('a request without a field the protocol requires is refused (InvalidParams), with nothing of the server inside');
const noStack = e => !JSON.stringify(e).includes('   at ') && !JSON.stringify(e.data ?? {}).includes('stack');
await assert.rejects(client.request('textDocument/hover', {}), e => e.code === -32602 && noStack(e));
await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: client.uri(flow) } }), e => e.code === -32602 && noStack(e));
await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: client.uri(flow) }, position: { line: 0, character: 0 } }),
  e => e.code === -32602 && noStack(e));
await assert.rejects(client.request('textDocument/codeAction', { textDocument: { uri: client.uri(flow) }, range: unknown.range }),
  e => e.code === -32602 && noStack(e));

const mended = client.next(p => p.uri === client.uri(flow) && errors(p).length === 0);
await client.edit(flow, 'to: FETCH_TICKE', 'to: FETCH_TICKET');
await mended;

step('a text cut short by a comment ("#1" after a space) is a warning whose fix quotes the whole value');
const said = 'bot_says: Ticket ${output.CaseNumber}';
const cut = client.next(p => p.uri === client.uri(flow) && p.diagnostics.some(d => d.code === 'BF0020'));
await client.edit(flow, said, 'bot_says: Ticket #${output.CaseNumber}');
const warning = (await cut).diagnostics.find(d => d.code === 'BF0020');
assert.equal(warning.severity, 2);
const [quote] = await client.request('textDocument/codeAction', {
  textDocument: { uri: client.uri(flow) }, range: warning.range, context: { diagnostics: [warning] },
});
const [quoting] = quote.edit.changes[client.uri(flow)];
assert.match(quoting.newText, /^"Ticket #\$\{output\.CaseNumber\} \(\$\{output\.Subject\}\) is \$\{output\.Status\}\."$/);
const quoted = client.next(p => p.uri === client.uri(flow) && !p.diagnostics.some(d => d.code === 'BF0020'));
await client.apply(flow, quoting);
await quoted;
await client.edit(flow, quoting.newText, said.slice('bot_says: '.length) + ' (${output.Subject}) is ${output.Status}.');

step('a change without a range replaces the whole text (the protocol allows it whatever the sync kind)');
const wholeBroken = client.next(p => p.uri === client.uri(flow) && errors(p).some(d => d.message.includes('FETCH_TICKE')));
await client.replace(flow, client.texts.get(flow).replace('to: FETCH_TICKET', 'to: FETCH_TICKE'));
await wholeBroken;
const wholeMended = client.next(p => p.uri === client.uri(flow) && errors(p).length === 0);
await client.replace(flow, client.texts.get(flow).replace('to: FETCH_TICKE', 'to: FETCH_TICKET'));
await wholeMended;
assert.doesNotMatch(client.stderr, /ignored a notification/);

step('an edit in one file raises and clears diagnostics in another');
const elsewhere = client.next(p => p.uri === client.uri(flow) && errors(p).some(d => d.message.includes('case_id')));
await client.edit('entities.yaml', 'name: case_id', 'name: case_ref');
await elsewhere;
const cleared = client.next(p => p.uri === client.uri(flow) && errors(p).length === 0);
await client.edit('entities.yaml', 'name: case_ref', 'name: case_id');
await cleared;

step('completion: node ids after to:, entities in ${entity.}, env variables in ${env.}, rule codes in lint');
const complete = async (file, position) => (await client.request('textDocument/completion', { textDocument: { uri: client.uri(file) }, position })).items.map(i => i.label);
assert.ok((await complete(flow, client.at(flow, '- to: '))).includes('TICKET_MISSING'));
await client.edit(flow, 'object_id: ${entity.case_id}', 'object_id: ${entity.');
assert.ok((await complete(flow, client.at(flow, 'object_id: ${entity.'))).includes('case_id'));
await client.edit(flow, 'object_id: ${entity.', 'object_id: ${env.');
assert.ok((await complete(flow, client.at(flow, 'object_id: ${env.'))).includes('SF_BASE_URL'));
await client.edit(flow, 'object_id: ${env.', 'object_id: ${entity.case_id}');
assert.ok((await complete(flow, client.at(flow, '- entity: '))).includes('case_id'));
assert.ok((await complete(flow, client.at(flow, 'when: '))).includes('status'));
await client.edit(flow, '    name: Read the Salesforce case', '    name: Read the Salesforce case # botforge-disable BF');
assert.ok((await complete(flow, client.at(flow, '# botforge-disable BF'))).includes('BF2001'));
await client.edit(flow, 'salesforce.get_record:', 'salesforce.');
assert.deepEqual(await complete(flow, client.at(flow, 'salesforce.')), ['salesforce.create_case', 'salesforce.get_contact', 'salesforce.get_record']);
await client.edit(flow, 'salesforce.', 'salesforce.get_record:');
await client.edit(flow, '        object_type: Case\n', '        object_type: Case\n        obj\n');
assert.deepEqual(await complete(flow, client.at(flow, '        obj\n', { inside: 11 })), ['object_id', 'object_type']);
await client.edit(flow, '        obj\n', '');

step('go to definition and find references: nodes, entities, stories');
const definition = await client.request('textDocument/definition', { textDocument: { uri: client.uri(flow) }, position: client.at(flow, 'to: TICKET_F', { inside: 6 }) });
assert.equal(definition.length, 1);
assert.equal(definition[0].uri, client.uri(flow));
assert.deepEqual(definition[0].range.start, client.at(flow, 'id: TICKET_FOUND', { inside: 4 }));
const entityDefinition = await client.request('textDocument/definition', { textDocument: { uri: client.uri(flow) }, position: client.at(flow, '${entity.case_id', { inside: 11 }) });
assert.equal(entityDefinition[0].uri, client.uri('entities.yaml'));
const references = await client.request('textDocument/references', {
  textDocument: { uri: client.uri('entities.yaml') }, position: client.at('entities.yaml', 'name: case_id', { inside: 8 }), context: { includeDeclaration: true },
});
assert.deepEqual([...new Set(references.map(r => r.uri.slice(client.uri('').length)))].sort(), ['entities.yaml', flow]);
assert.equal(references.length, 3);

const storyEdit = ['name: Ticket status\nnodes:', 'story: support\nname: Ticket status\nnodes:'];
await client.edit(flow, ...storyEdit);
const story = await client.request('textDocument/definition', { textDocument: { uri: client.uri(flow) }, position: client.at(flow, 'story: support', { inside: 9 }) });
assert.deepEqual(story.map(l => l.uri.slice(client.uri('').length)).sort(),
  ['stories/support/greeting.yaml', 'stories/support/raise_ticket.yaml', 'stories/support/ticket_status.yaml', 'stories/support/who_am_i.yaml']);
await client.edit(flow, storyEdit[1], storyEdit[0]);

step('hover: a node, an entity, a rule code');
const hover = async (file, position) => (await client.request('textDocument/hover', { textDocument: { uri: client.uri(file) }, position }))?.contents.value ?? '';
assert.match(await hover(flow, client.at(flow, 'to: FETCH_T', { inside: 6 })), /FETCH_TICKET.*Read the Salesforce case[\s\S]*code node[\s\S]*to `TICKET_FOUND`/);
assert.match(await hover(flow, client.at(flow, '- entity: case_id', { inside: 12 })), /case_id.*entity/);
await client.edit(flow, '# botforge-disable BF', '# botforge-disable BF2001');
assert.match(await hover(flow, client.at(flow, 'disable BF2001', { inside: 10 })), /BF2001/);

step('outline: story → sub-story → nodes');
const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri(flow) } });
assert.equal(symbols[0].name, 'support');
assert.equal(symbols[0].children[0].name, 'ticket_status');
assert.deepEqual(symbols[0].children[0].children.map(s => s.name), ['TICKET_STATUS', 'FETCH_TICKET', 'TICKET_FOUND', 'TICKET_MISSING']);

step('rename a node id across the flow and the tests; refuse a taken or invalid name');
const rename = newName => client.request('textDocument/rename', { textDocument: { uri: client.uri(flow) }, position: client.at(flow, 'id: TICKET_FOUND', { inside: 6 }), newName });
const edit = await rename('TICKET_OK');
assert.deepEqual(Object.keys(edit.changes).map(u => u.slice(client.uri('').length)).sort(), [flow, 'tests/conversations.yaml']);
assert.equal(edit.changes[client.uri(flow)].length, 2);
assert.ok(Object.values(edit.changes).flat().every(e => e.newText === 'TICKET_OK'));
await assert.rejects(rename('GREETING'), /taken/);
await assert.rejects(rename('ticket ok'), /not a node id/);

step('the server asks to be told of YAML and Python files changed on disk, and compiles again when told');
const [watch] = client.registrations.filter(r => r.method === 'workspace/didChangeWatchedFiles');
assert.deepEqual(watch.registerOptions.watchers.map(w => w.globPattern), ['**/*.{yaml,yml,py}']);
// A file the editor does not have open, changed by another program (a checkout): its diagnostics follow the disk.
const closed = 'stories/support/greeting.yaml';
const onDisk = readFileSync(`${root}/${closed}`, 'utf8');
assert.ok(onDisk.includes('- to: '));
const dangling = client.next(p => p.uri === client.uri(closed) && errors(p).some(d => d.message.includes('NO_SUCH_NODE')));
writeFileSync(`${root}/${closed}`, onDisk.replace('- to: ', '- to: NO_SUCH_NODE # '));
await client.changedOnDisk([closed]);
await dangling;
const restored = client.next(p => p.uri === client.uri(closed) && errors(p).length === 0);
writeFileSync(`${root}/${closed}`, onDisk);
await client.changedOnDisk([closed]);
await restored;

step('a file that does not parse keeps the other files working');
await client.edit('stories/support/raise_ticket.yaml', 'nodes:', 'nodes: [');
const afterBreak = await client.request('textDocument/definition', { textDocument: { uri: client.uri(flow) }, position: client.at(flow, 'to: TICKET_F', { inside: 6 }) });
assert.equal(afterBreak.length, 1);
assert.ok((await complete(flow, client.at(flow, '- to: '))).includes('TICKET_MISSING'));

step('a document no project holds (not a file, a NUL in its path, another scheme) has no answers, and no fault');
for (const uri of ['file:///%00/x.yaml', `${client.uri('stories')}/%00.yaml`, 'untitled:Untitled-1', 'not a uri']) {
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
}
assert.doesNotMatch(client.stderr, /internal error/);

step('after shutdown only exit is taken: a request is refused (InvalidRequest); exit ends with 0');
await client.request('shutdown');
await assert.rejects(client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri(flow) } }), e => e.code === -32600);
assert.equal(await client.exit(), 0);
console.log('lsp: all passed');
