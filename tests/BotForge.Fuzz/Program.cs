using System.Text;
using BotForge.Binding;
using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Project;
using BotForge.Simulation.Testing;
using BotForge.Text;
using BotForge.Validation;
using BotForge.Validation.Rules;
using SharpFuzz;

// AFL++ runs this with one input on stdin per run (Fuzzer.OutOfProcess); with file arguments it replays them
// in process, to reproduce a finding under a debugger: dotnet BotForge.Fuzz.dll findings/default/crashes/id:*
if (args.Length > 0)
{
    foreach (var path in args)
    {
        FuzzTarget.Run(File.ReadAllBytes(path));
        Console.WriteLine($"{path}: no failure");
    }

    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTarget.Run(buffer.ToArray());
});

/// <summary>
/// The input is the text of one file of a small project; it goes through everything `botforge validate` does after
/// reading files: YAML parsing, the schema check, binding and every rule. By default it is a sub-story file next to
/// a fixed botforge.yaml; a first line `# botforge.yaml`, `# faq.yaml` or `# entities.yaml` makes the rest that file
/// instead (next to a fixed sub-story), and `# tests/t.yaml` a conversation test file, bound against the project as
/// `botforge test` binds it. Any exception is a finding: user input must only ever produce diagnostics,
/// and a text the fast YAML reader takes must give YamlDotNet's tree.
/// </summary>
internal static class FuzzTarget
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string ProjectYaml = "bot:\n  id: fuzz\n  name: Fuzz\n  languages: [en, hi]\nenv:\n  U: { secret: true }\nintegrations:\n  salesforce:\n    base_url: https://x.example.com\n    username: ${env.U}\n    client_id: ${env.U}\n    private_key: ${env.U}\n";

    private const string FlowYaml = "nodes:\n  - id: GREET\n    start: true\n    user_says: [hi, hello, hey there]\n    entities:\n      - entity: email\n        prompt: Your email?\n    bot_says: Hello ${entity.email}!\n    next:\n      - to: DONE\n        user_says: [bye, goodbye]\n  - id: DONE\n    end: true\n    bot_says: { en: Bye, hi: Alvida }\n";

    /// <summary>The files an input can stand for, by its first line, with their kind.</summary>
    private static readonly (string Marker, string Path, SourceKind Kind)[] Files =
    [
        ("# botforge.yaml\n", "botforge.yaml", SourceKind.Project),
        ("# faq.yaml\n", "faq.yaml", SourceKind.Faq),
        ("# entities.yaml\n", "entities.yaml", SourceKind.Entities),
        ("# tests/t.yaml\n", "tests/t.yaml", SourceKind.Tests),
    ];

    public static void Run(byte[] data)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return;   // the loader reports BF0004 before parsing; nothing further to exercise
        }

        var (path, kind) = ("stories/main/flow.yaml", SourceKind.SubStory);
        foreach (var file in Files)
        {
            if (text.StartsWith(file.Marker, StringComparison.Ordinal))
            {
                (path, kind, text) = (file.Path, file.Kind, text[file.Marker.Length..]);
            }
        }

        // Where the fast YAML reader takes the text, it must agree with YamlDotNet exactly.
        if (YamlFastReader.AgreesWithYamlDotNet(new SourceFile(path, text), Limits.Default, out var difference) == false)
        {
            throw new InvalidOperationException("the fast YAML reader differs from YamlDotNet\n" + difference);
        }

        var texts = new Dictionary<string, (SourceKind Kind, string Text)>
        {
            ["botforge.yaml"] = (SourceKind.Project, ProjectYaml),
            ["stories/main/flow.yaml"] = (SourceKind.SubStory, FlowYaml),
        };
        texts[path] = (kind, text);

        var diagnostics = new DiagnosticBag();
        var documents = texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t =>
        {
            var source = new SourceFile(t.Key, t.Value.Text);
            var document = new SourceDocument(t.Value.Kind, t.Key, source, YamlParser.Parse(source, diagnostics));
            return t.Value.Kind == SourceKind.SubStory ? document with { ImpliedStory = "main", ImpliedSubStory = "flow" } : document;
        }).ToList();
        var sources = new ProjectSources("/nonexistent-fuzz-root", ".", documents);
        SchemaValidator.Validate(sources, diagnostics);
        if (Binder.Bind(sources, diagnostics) is { } model)
        {
            RuleRunner.Run(model, diagnostics);
            _ = TestBinder.Bind(sources, model, diagnostics);
        }

        _ = diagnostics.ToSortedList();
    }
}
