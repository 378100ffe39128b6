using System.CommandLine;
using BotForge.LanguageServer;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge lsp</c>: the language server on stdin/stdout, for editors (docs/editors.md).</summary>
internal static class LspCommand
{
    public static Command Create(CliIO io)
    {
        // Editors start servers as `server --stdio`; the only transport is stdio, so the flag is taken and means that.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over stdin and stdout (the only transport; editors pass it)." };
        var command = new Command("lsp", "Run the language server (LSP 3.17 over stdin/stdout) for editors: diagnostics as you type, completion, go to definition, rename.") { stdio };
        command.SetAction((_, _) => ServerCollector.Relaunch(io.Environment) is { } exitCode
            ? Task.FromResult(exitCode)
            : BotForgeLanguageServer.RunAsync(io.OpenInput(), io.OpenOutput(), io.Error, io.Cache, CliIO.Version));
        return command;
    }
}
