// Starts `botforge lsp --stdio` for the workspace's BotForge YAML and connects VS Code to it.
// The program is the `botforge.path` setting, or `botforge` on the PATH.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const configured = vscode.workspace.getConfiguration('botforge').get<string>('path', '').trim();
  const command = configured.length > 0 ? configured : 'botforge';
  const server: ServerOptions = { command, args: ['lsp'], transport: TransportKind.stdio };
  const options: LanguageClientOptions = {
    // Every YAML file: the server answers only for files inside a folder with a botforge.yaml above them.
    // Python too: a script's reads of an entity are renamed with it, and the server must know when the editor holds
    // unsaved changes to a script (it then refuses the rename rather than place an edit by the text on disk).
    // Files changed on disk (YAML, and the Python of script nodes): the server asks the client to watch them.
    documentSelector: [{ scheme: 'file', language: 'yaml' }, { scheme: 'file', language: 'python' }],
  };
  client = new LanguageClient('botforge', 'BotForge', server, options);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
    if (event.affectsConfiguration('botforge.path')) {
      void vscode.window.showInformationMessage('BotForge: reload the window to use the new botforge.path.');
    }
  }));
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `BotForge: could not start '${command} lsp' (${error}). Install botforge (dotnet tool install -g BotForge.Cli) or set botforge.path.`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
