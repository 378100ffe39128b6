using System.Text;
using BotForge.Binding;
using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Project;
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
/// The input is the text of one sub-story file next to a fixed botforge.yaml; it goes through everything
/// `botforge validate` does after reading files: YAML parsing, the schema check, binding and every rule.
/// Any exception is a finding: user input must only ever produce diagnostics.
/// </summary>
internal static class FuzzTarget
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string ProjectYaml = "bot:\n  id: fuzz\n  name: Fuzz\n  languages: [en, hi]\nenv:\n  U: { secret: true }\nintegrations:\n  salesforce:\n    base_url: https://x.example.com\n    username: ${env.U}\n    client_id: ${env.U}\n    private_key: ${env.U}\n";

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

        var diagnostics = new DiagnosticBag();
        var project = new SourceFile("botforge.yaml", ProjectYaml);
        var flow = new SourceFile("stories/main/flow.yaml", text);
        var sources = new ProjectSources("/nonexistent-fuzz-root", ".",
        [
            new SourceDocument(SourceKind.Project, "botforge.yaml", project, YamlParser.Parse(project, diagnostics)),
            new SourceDocument(SourceKind.SubStory, "stories/main/flow.yaml", flow, YamlParser.Parse(flow, diagnostics)) { ImpliedStory = "main", ImpliedSubStory = "flow" },
        ]);
        SchemaValidator.Validate(sources, diagnostics);
        if (Binder.Bind(sources, diagnostics) is { } model)
        {
            RuleRunner.Run(model, diagnostics);
        }

        _ = diagnostics.ToSortedList();
    }
}
