using BotForge.Project;
using BotForge.Tests.Support;
using BotForge.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BotForge.Tests.Validation;

/// <summary>
/// The source schemas (schemas/*.schema.json) mean what the JSON Schema standard says, so an editor's validator
/// (yaml-language-server, from the files' <c># yaml-language-server: $schema=</c> line) and the compiler's check agree:
/// Python's jsonschema, the standard's reference implementation, gives the verdict the compiler gives on every file of
/// the example bot and of the hostile corpus, on written cases of each shorthand, and on damaged copies. The first
/// disagreement found: <c>bot_says: Hello</c> (any response that was not a map) broke the standard's reading of
/// "not a map with initial, final or follow_up" (<c>required</c> holds for a value that is not a map), so every
/// editor marked the example bot's plain bot says as errors the compiler accepted.
/// </summary>
public sealed class SchemaStandardTests
{
    /// <summary>Sub-story files with each form a response, a message and a text may take.</summary>
    private static readonly string[] Written =
    [
        """{"nodes": [{"id": "A", "bot_says": "Hello"}]}""",
        """{"nodes": [{"id": "A", "bot_says": ["Hello", {"text": "Next?", "quick_replies": ["Yes", {"text": "No", "send": "no thanks"}]}]}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"en": "Hello", "hi": "नमस्ते"}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"variants": [{"channels": ["whatsapp"], "messages": ["Hi"]}]}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"initial": "Hi", "final": ["Done"], "follow_up": {"after": "2m", "says": "Still there?"}}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"initial": "Hi", "says": "x"}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"text": "Hi", "initial": "x"}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"en": "Hello", "initial": "x"}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {}}]}""",
        """{"nodes": [{"id": "A", "bot_says": 7}]}""",
        """{"nodes": [{"id": "A", "bot_says": "{}"}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"carousel": {"items": [{"title": "T"}]}}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"text": "x", "buttons": [{"text": "Open", "url": "https://x.example"}]}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"image": "https://x.example/a.png"}}]}""",
        """{"nodes": [{"id": "A", "bot_says": {"hsl": {"type": "TEXT", "text": "x", "data": {}}}}]}""",
        """{"nodes": [{"id": "A", "entities": [{"entity": "email", "prompt": ["What is your email?"], "reprompt": {"en": "Again?"}}]}]}""",
    ];

    /// <summary>botforge.yaml files with each form of env variable, and names and secrets the format does not take.</summary>
    private static readonly string[] WrittenProjects =
    [
        """{"bot": {"id": "a", "name": "A"}, "env": {"URL": "https://x.example", "KEY": {"secret": true}, "B": {"staging": "s", "production": "p"}}}""",
        """{"bot": {"id": "a", "name": "A"}, "env": {"lower_name": "x"}}""",
        """{"bot": {"id": "a", "name": "A"}, "env": {"1ST": "x"}}""",
        """{"bot": {"id": "a", "name": "A"}, "env": {"KEY": {"secret": false}}}""",
        """{"bot": {"id": "a", "name": "A"}, "env": {"KEY": {"secret": "true"}}}""",
        """{"bot": {"id": "a", "name": "A"}, "env": {"KEY": {"secret": {"bogus": 1}}}}""",
    ];

    [Fact]
    public void The_reference_validator_gives_the_compilers_verdict_on_every_document()
    {
        var cases = SchemaUnionShortcutTests.Documents
            .Concat(Written.Select((json, i) => (Name: $"written case {i}", Kind: SourceKind.SubStory, Json: JToken.Parse(json))))
            .Concat(WrittenProjects.Select((json, i) => (Name: $"written botforge.yaml {i}", Kind: SourceKind.Project, Json: JToken.Parse(json))))
            .Concat(Damaged(1_500))
            .ToList();

        var compiler = cases.Select(c => UnionFirstValidator.Instance.Passes(c.Json, SourceSchemas.For(c.Kind))).ToList();
        var input = new JArray(cases.Select(c => new JArray(Definition(c.Kind), c.Json))).ToString(Formatting.None);
        var reference = ScriptHarness.RunToolWith(ScriptHarness.PythonWith("jsonschema", "python3-jsonschema"), "schema_verdicts.py", input,
            Repo.Path_("schemas", "botforge.schema.json"), "--as-the-schema-check").AsArray().Select(v => v!.GetValue<bool>()).ToList();

        Assert.Equal(cases.Count, reference.Count);
        var disagreements = cases.Select((c, i) => (c, i)).Where(x => compiler[x.i] != reference[x.i])
            .Select(x => $"{x.c.Name} ({x.c.Kind}): the compiler says {(compiler[x.i] ? "valid" : "invalid")}, jsonschema {(reference[x.i] ? "valid" : "invalid")}\n  {Shorten(x.c.Json)}")
            .ToList();
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {cases.Count} documents judged otherwise:\n{string.Join("\n", disagreements.Take(15))}");

        // Both verdicts occur, so the comparison can fail either way.
        Assert.True(compiler.Count(v => v) > 100 && compiler.Count(v => !v) > 100, $"{compiler.Count(v => v)} valid, {compiler.Count(v => !v)} invalid");
    }

    /// <summary>
    /// The keys the schema check leaves to binding (x-botforge-checked-by: a text's languages, an action's name, a
    /// test's intents) are still the compiler's errors: every file the standard refuses only for them, put in its
    /// project in place of the original, gets an error from <c>validate</c>.
    /// </summary>
    [Fact]
    public void Keys_left_to_binding_that_the_standard_refuses_are_errors_of_the_compiler()
    {
        var cases = Damaged(5_000).Where(c => File.Exists(c.Name[..c.Name.IndexOf(", damaged", StringComparison.Ordinal)])).ToList();
        var input = new JArray(cases.Select(c => new JArray(Definition(c.Kind), c.Json))).ToString(Formatting.None);
        var python = ScriptHarness.PythonWith("jsonschema", "python3-jsonschema");
        var schema = Repo.Path_("schemas", "botforge.schema.json");
        var standard = ScriptHarness.RunToolWith(python, "schema_verdicts.py", input, schema).AsArray().Select(v => v!.GetValue<bool>()).ToList();
        var schemaCheck = ScriptHarness.RunToolWith(python, "schema_verdicts.py", input, schema, "--as-the-schema-check").AsArray().Select(v => v!.GetValue<bool>()).ToList();

        var leftToBinding = cases.Where((_, i) => !standard[i] && schemaCheck[i]).ToList();
        Assert.True(leftToBinding.Count >= 8, $"only {leftToBinding.Count} damaged files break only keys left to binding");
        foreach (var (name, kind, json) in leftToBinding)
        {
            var source = name[..name.IndexOf(", damaged", StringComparison.Ordinal)];
            var root = Path.GetDirectoryName(source)!;
            while (!File.Exists(Path.Combine(root, "botforge.yaml")))
            {
                root = Path.GetDirectoryName(root)!;
            }

            using var copy = TempProject.CopyOf(root);
            copy.Write(Path.GetRelativePath(root, source), json.ToString(Formatting.None));
            var compilation = BotForge.Compilation.Create(copy.Root);
            BotForge.Simulation.Testing.TestBinder.Check(compilation.Sources, compilation.Model, compilation.Diagnostics);
            Assert.True(compilation.Validate().Any(d => d.IsError), $"{name} ({kind}): no error from the compiler, the standard refuses it\n  {Shorten(json)}");
        }
    }

    /// <summary>Copies of the corpus with one to three values replaced by values near the schema's unions (a fixed seed: the same cases every run).</summary>
    private static IEnumerable<(string Name, SourceKind Kind, JToken Json)> Damaged(int count)
    {
        var random = new Random(20261207);
        var documents = SchemaUnionShortcutTests.Documents;
        var replacements = SchemaUnionShortcutTests.Replacements;
        for (var n = 0; n < count; n++)
        {
            var (name, kind, original) = documents[random.Next(documents.Length)];
            var json = original.DeepClone();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var tokens = json is JContainer container ? container.Descendants().Where(t => t is not JProperty).ToList() : [];
                if (tokens.Count > 0)
                {
                    tokens[random.Next(tokens.Count)].Replace(JToken.Parse(replacements[random.Next(replacements.Length)]));
                }
            }

            yield return ($"{name}, damaged (case {n})", kind, json);
        }
    }

    private static string Definition(SourceKind kind) => kind switch
    {
        SourceKind.Project => "projectFile",
        SourceKind.Entities => "entitiesFile",
        SourceKind.SubStory => "subStoryFile",
        SourceKind.Faq => "faqFile",
        _ => "testsFile",
    };

    private static string Shorten(JToken json)
    {
        var text = json.ToString(Formatting.None);
        return text.Length <= 400 ? text : text[..400] + "…";
    }
}
