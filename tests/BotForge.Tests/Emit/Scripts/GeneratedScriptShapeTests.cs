using System.Text.Json.Nodes;
using BotForge.Emit.Scripts;
using BotForge.Tests.Support;

namespace BotForge.Tests.Emit.Scripts;

/// <summary>What every generated script must be, read from its syntax tree: Python 3.6, standard library only, main(event, context), wired into bot.json.</summary>
public sealed class GeneratedScriptShapeTests(CreateCaseScriptTests.Built built) : IClassFixture<CreateCaseScriptTests.Built>
{
    [Fact]
    public void Every_generated_script_parses_as_python_3_6_and_imports_only_the_standard_library()
    {
        using var hostile = HostileValueTests.Project([.. HostileValueTests.Values.Take(HostileValueTests.FieldCount)]);
        using var hostileScripts = ScriptHarness.Build(hostile.Root);
        var paths = built.Scripts.Files.Where(f => f.Path.StartsWith("scripts/", StringComparison.Ordinal))
            .Select(f => built.Scripts.ScriptPath(Path.GetFileNameWithoutExtension(f.Path)))
            .Append(hostileScripts.ScriptPath("MAKE_CASE"))
            .ToArray();
        Assert.Equal(4, paths.Length);

        var trees = ScriptHarness.Inspect(paths);

        foreach (var (path, tree) in trees)
        {
            Assert.Equal(ScriptHarness.GeneratedImports, tree!["imports"]!.AsArray().Select(i => (string)i!));
            Assert.Equal(["event", "context"], tree["main_args"]!.AsArray().Select(a => (string)a!));
            Assert.True((double)tree["constants"]!["TIMEOUT_SECONDS"]! < 20, $"{path}: the executor stops scripts at 20 s");
        }
    }

    [Fact]
    public void Bundle_references_each_script_and_embeds_its_source()
    {
        var files = built.Scripts.Files;
        var bundle = JsonNode.Parse(files.Single(f => f.Path == "bot.json").Content)!;
        var codeNodes = bundle["stories"]!.AsArray().SelectMany(s => s!["sub_stories"]!.AsArray()).SelectMany(s => s!["nodes"]!.AsArray())
            .Where(n => (string?)n!["type"] == "code").ToList();

        Assert.Equal(["CREATE_CASE", "FETCH_CONTACT", "FETCH_TICKET"], codeNodes.Select(n => (string)n!["system_name"]!).Order());
        foreach (var node in codeNodes)
        {
            var code = node!["code"]!;
            var script = $"scripts/{(string)node["system_name"]!}.py";
            Assert.Equal(script, (string?)code["script"]);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == script).Content), (string?)code["source"]);
        }
    }

    [Theory]
    [InlineData("salesforce.create_case.py.sbn")]
    [InlineData("salesforce.get_record.py.sbn")]
    [InlineData("salesforce.runtime.py.sbn")]
    public void Embedded_template_is_the_file_in_templates(string name)
    {
        Assert.Equal(File.ReadAllText(Repo.Path_("templates", "actions", name)).Replace("\r\n", "\n", StringComparison.Ordinal), ScriptTemplates.ReadText(name));
    }
}
