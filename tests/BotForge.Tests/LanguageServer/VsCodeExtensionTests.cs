using System.IO.Compression;
using System.Text.Json.Nodes;
using BotForge.Tests.Support;

namespace BotForge.Tests.LanguageServer;

/// <summary>editors/vscode packs into a .vsix with the documented command (docs/editors.md), from a copy of the folder.</summary>
public sealed class VsCodeExtensionTests
{
    [Fact]
    public async Task The_extension_compiles_and_packs_into_a_vsix_that_starts_botforge_lsp()
    {
        using var copy = new TempProject();
        var source = Repo.Path_("editors", "vscode");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetRelativePath(source, f).Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or "out") && !f.EndsWith(".vsix", StringComparison.Ordinal)))
        {
            var target = Path.Combine(copy.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var install = await Tool.RunAsync("npm", copy.Root, null, "ci", "--no-audit", "--no-fund", "--loglevel=error");
        Assert.True(install.ExitCode == 0, install.Error);
        var pack = await Tool.RunAsync("npm", copy.Root, null, "run", "package");
        Assert.True(pack.ExitCode == 0, pack.Out + pack.Error);

        using var vsix = ZipFile.OpenRead(Path.Combine(copy.Root, "botforge.vsix"));
        var names = vsix.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("extension/out/extension.js", names);
        Assert.Contains("extension/node_modules/vscode-languageclient/package.json", names);
        Assert.DoesNotContain(names, n => n.StartsWith("extension/src/", StringComparison.Ordinal));

        using var reader = new StreamReader(vsix.GetEntry("extension/package.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal("./out/extension.js", (string?)manifest["main"]);
        Assert.NotNull(manifest["contributes"]?["configuration"]?["properties"]?["botforge.path"]);
        // A repository opened without trust cannot name the program VS Code starts (.vscode/settings.json).
        Assert.Equal("limited", (string?)manifest["capabilities"]?["untrustedWorkspaces"]?["supported"]);
        Assert.Equal(["botforge.path"], manifest["capabilities"]!["untrustedWorkspaces"]!["restrictedConfigurations"]!.AsArray().Select(n => (string?)n));

        using var script = new StreamReader(vsix.GetEntry("extension/out/extension.js")!.Open());
        var compiled = await script.ReadToEndAsync();
        Assert.Contains("args: ['lsp']", compiled, StringComparison.Ordinal);
    }
}
