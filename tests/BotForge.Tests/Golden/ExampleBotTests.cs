using BotForge.Emit;
using BotForge.Tests.Support;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BotForge.Tests.Golden;

/// <summary>The reference bot: builds clean, its outputs match the golden files, byte for byte, every time.</summary>
public sealed class ExampleBotTests
{
    private static IReadOnlyList<EmittedFile> Build(string root)
    {
        var compilation = Compilation.Create(root, "bots/acme-support");
        var diagnostics = compilation.Validate();
        Assert.True(diagnostics.Count == 0, Diagnose.Describe(diagnostics));
        return compilation.Emit()!;
    }

    [Theory]
    [InlineData("bot.json")]
    [InlineData("faq.csv")]
    [InlineData("manifest.json")]
    [InlineData("scripts/CREATE_CASE.py")]
    [InlineData("scripts/FETCH_CONTACT.py")]
    [InlineData("scripts/FETCH_TICKET.py")]
    public void Example_bot_output_matches_its_golden_file(string file)
    {
        var output = Build(Repo.ExampleBot).Single(f => f.Path == file);

        Support.Golden.Match(Path.Combine("acme-support", file), output.Content);
    }

    [Fact]
    public void Example_bot_emits_exactly_the_expected_files()
    {
        Assert.Equal(["bot.json", "faq.csv", "scripts/CREATE_CASE.py", "scripts/FETCH_CONTACT.py", "scripts/FETCH_TICKET.py", "manifest.json"], Build(Repo.ExampleBot).Select(f => f.Path));
    }

    [Fact]
    public void Building_twice_gives_identical_bytes()
    {
        var first = Build(Repo.ExampleBot);
        using var copy = TempProject.CopyOf(Repo.ExampleBot);
        var second = Build(copy.Root);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        foreach (var (a, b) in first.Zip(second))
        {
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs between two builds");
        }
    }

    [Fact]
    public void Output_uses_lf_line_endings_and_no_byte_order_mark()
    {
        foreach (var file in Build(Repo.ExampleBot))
        {
            Assert.DoesNotContain((byte)'\r', file.Content);
            Assert.False(file.Content is [0xEF, 0xBB, 0xBF, ..], $"{file.Path} starts with a BOM");
        }
    }

    [Fact]
    public async Task Bundle_validates_against_the_published_bundle_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Repo.Path_("schemas", "bundle.schema.json"));
        var bundle = JToken.Parse(System.Text.Encoding.UTF8.GetString(Build(Repo.ExampleBot).Single(f => f.Path == "bot.json").Content));

        var errors = schema.Validate(bundle);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task An_entitys_previous_context_tags_are_emitted_and_valid_against_the_bundle_schema()
    {
        using var project = TempProject.With(
            ("entities.yaml", "entities:\n  - name: hazard\n    type: dictionary\n    values: { 'yes': ['yes'], 'no': ['no'] }\n    previous_context: [danger, hazard]\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: REPORT\n    start: true\n    end: true\n    user_says: [report a power cut]\n    entities:\n      - entity: hazard\n        prompt: Is there any danger?\n      - entity: email\n        prompt: Your email?\n    bot_says:\n      final: Thanks.\n"));
        var compilation = Compilation.Create(project.Root);
        Assert.DoesNotContain(compilation.Validate(), d => d.IsError);
        var bundle = JToken.Parse(System.Text.Encoding.UTF8.GetString(compilation.Emit()!.Single(f => f.Path == "bot.json").Content));
        var schema = await JsonSchema.FromFileAsync(Repo.Path_("schemas", "bundle.schema.json"));

        Assert.Equal(["danger", "hazard"], bundle["entities"]!.Single()["previous_context_tags"]!.Select(t => (string)t!));
        Assert.Empty(schema.Validate(bundle));
    }

    [Fact]
    public void Bundle_renders_placeholders_in_platform_form_and_keeps_secrets_as_markers()
    {
        var bundle = JObject.Parse(System.Text.Encoding.UTF8.GetString(Build(Repo.ExampleBot).Single(f => f.Path == "bot.json").Content));

        // Action inputs keep source form: the generated script reads them, not the platform's text renderer.
        foreach (var inputs in bundle.SelectTokens("$..code.inputs").ToList())
        {
            inputs.Parent!.Remove();
        }

        var chatText = bundle.ToString();
        Assert.Contains("%entitytag_person_name", chatText, StringComparison.Ordinal);
        Assert.Contains("%output_case_id", chatText, StringComparison.Ordinal);
        Assert.Contains("%name", chatText, StringComparison.Ordinal);
        Assert.DoesNotContain("${", chatText.Replace("${env.", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var secret = bundle["env_variables"]!.Single(v => (string?)v["name"] == "SF_PRIVATE_KEY");
        Assert.True((bool)secret["secret"]!);
        Assert.Equal(JTokenType.Null, secret["staging"]!.Type);
    }

    [Fact]
    public void Manifest_lists_every_other_file_with_its_sha256()
    {
        var files = Build(Repo.ExampleBot);
        var manifest = JObject.Parse(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "manifest.json").Content));

        foreach (var entry in manifest["files"]!)
        {
            var file = files.Single(f => f.Path == (string?)entry["path"]);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Content)), (string?)entry["sha256"]);
            Assert.Equal(file.Content.Length, (int)entry["size"]!);
        }

        Assert.Equal(files.Count - 1, manifest["files"]!.Count());
    }
}
