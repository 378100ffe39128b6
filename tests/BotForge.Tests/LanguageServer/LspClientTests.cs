using BotForge.Tests.Support;

namespace BotForge.Tests.LanguageServer;

/// <summary>
/// <c>botforge lsp</c> driven by a real LSP client (tools/lsp-client: vscode-languageserver-protocol over
/// vscode-jsonrpc, as VS Code's own client uses) in a process of its own: diagnostics across files, code actions,
/// completion, definition, references, hover, outline, rename and its refusals, files changed on disk (watched by
/// the editor at the server's request), a file that does not parse, and a
/// clean shutdown. Each check is an assertion of tools/lsp-client/test.mjs; a failure prints which one.
/// </summary>
public sealed class LspClientTests
{
    [Fact]
    public async Task A_real_client_gets_every_feature_on_the_example_bot()
    {
        // In a folder whose name a file URI escapes: `%41` is no escape of `A`, `#` no fragment, `(` written `%28`.
        using var temp = new TempProject();
        var root = Path.Combine(temp.Root, "acme 50%41 (copy) #1 ü");
        TempProject.CopyInto(Repo.ExampleBot, root);
        var cli = Path.Combine(AppContext.BaseDirectory, "botforge.dll");
        var run = await Tool.NodeAsync("lsp-client", "vscode-languageserver-protocol", ["test.mjs", root, "dotnet", cli, "lsp", "--stdio"]);

        Assert.True(run.ExitCode == 0, $"tools/lsp-client/test.mjs failed (exit {run.ExitCode}):\n{run.Out}\n{run.Error}");
        Assert.EndsWith("lsp: all passed\n", run.Out, StringComparison.Ordinal);

        // The test changed what the editor holds, and put back the one file it changed on disk: the files are as they were.
        foreach (var file in Directory.EnumerateFiles(Repo.ExampleBot, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.ExampleBot, file);
            Assert.Equal(await File.ReadAllTextAsync(file), await File.ReadAllTextAsync(Path.Combine(root, relative)));
        }
    }
}
