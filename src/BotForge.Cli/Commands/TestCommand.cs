using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BotForge.Cli.Output;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Simulation.Testing;
using BotForge.Text;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge test PROJECT [--filter NAME] [--junit FILE] [--report]</c>: the conversation tests of tests/*.yaml.</summary>
internal static class TestCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (the one with botforge.yaml).");
        var filter = new Option<string?>("--filter") { Description = "Run only conversations whose name contains this text (case-insensitive)." };
        var junit = new Option<string?>("--junit") { Description = "Also write the results as JUnit XML to this file (for CI)." };
        var report = new Option<bool>("--report") { Description = "Also measure intent detection: cross-validated accuracy over the user says, the paraphrases and out-of-scope messages of tests/*.yaml (intents:), precision and recall per intent, and the most confused pairs." };
        var all = new Option<bool>("--transcripts") { Description = "Print the transcript of every conversation, not only of failed ones." };
        var command = new Command("test", "Run the bot's conversation tests (tests/*.yaml) with the conversation engine; exit 1 if any fails.") { project, filter, junit, report, all };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(filter), parse.GetValue(junit), parse.GetValue(report), parse.GetValue(all)));
        return command;
    }

    private static int Run(CliIO io, string project, string? filter, string? junit, bool report, bool transcripts)
    {
        var clock = Stopwatch.StartNew();
        if (junit is not null && !MayWriteReport(io, junit))
        {
            return ExitCodes.BadInput;
        }

        var compilation = io.Compile(project);
        // Every user say and message will be embedded: on a cold cache the model loads while the project compiles.
        compilation.Encoder.LoadAheadWhenCold();
        // Python starts (when the bot has code nodes) while the rules run and the messages are embedded.
        var runner = new CodeRunner();
        _ = compilation.Bound.ContinueWith(bound => ConversationEngine.Prepare(bound.Result, runner), TaskScheduler.Default);
        var diagnostics = compilation.Validate();
        if (compilation.Model is not { } model || diagnostics.Any(d => d.IsError))
        {
            DiagnosticPrinter.Print(io, diagnostics, DiagnosticFormat.Text);
            io.Error.Write("botforge: the bot has errors; fix them before its conversations can run\n");
            return DiagnosticPrinter.ExitCode(diagnostics);
        }

        var suite = TestBinder.Bind(compilation.Sources!, model, compilation.Diagnostics);
        diagnostics = compilation.Diagnostics.ToSortedList();
        DiagnosticPrinter.Print(io, diagnostics, DiagnosticFormat.Text);
        if (diagnostics.Any(d => d.IsError))
        {
            return ExitCodes.BotHasErrors;
        }

        var intents = new IntentsByLanguage(model, compilation.Encoder, new Intents(model, compilation.Encoder));
        // Every message the run will classify, embedded in one go (batched, and cached for the next run).
        compilation.Encoder.Encode([.. suite.Paraphrases.Select(p => p.Text), .. suite.Conversations.SelectMany(c => c.Turns).Select(t => t.User)]);
        if (report)
        {
            IntentReport(io, intents, suite, model.Bot.Languages);
        }

        if (suite.Conversations.Count == 0)
        {
            io.Out.Write($"{model.Bot.Id}: no conversations in {project}/tests/*.yaml\n");
            return ExitCodes.Success;
        }

        var results = TestRunner.Run(model, intents, suite, runner, filter);
        if (results.Count == 0)
        {
            io.Fail($"no conversation name contains '{filter}'");
            return ExitCodes.BadInput;
        }

        foreach (var result in results)
        {
            if (!result.Passed || transcripts)
            {
                io.Out.Write(TranscriptWriter.Write(result));
            }
            else
            {
                io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"PASS {Printable.Escape(result.Conversation.Name)}  ({result.Transcript.Count} turn{(result.Transcript.Count == 1 ? string.Empty : "s")}, {result.Elapsed.TotalMilliseconds:0} ms)\n"));
            }
        }

        var failed = results.Count(r => !r.Passed);
        io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{model.Bot.Id}: {results.Count - failed} passed, {failed} failed in {clock.Elapsed.TotalSeconds:0.00} s\n"));

        // intents: are a measurement, not a pass or fail: a green run says nothing of them, so say where they are read.
        if (!report && suite.Paraphrases.Count > 0)
        {
            io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"({suite.Paraphrases.Count} message{(suite.Paraphrases.Count == 1 ? string.Empty : "s")} under intents: not checked: botforge test --report measures them)\n"));
        }
        if (junit is not null && !WriteAtomically(io, junit, JUnitWriter.Write(model.Bot.Id, results)))
        {
            return ExitCodes.BadInput;
        }

        return failed > 0 ? ExitCodes.BotHasErrors : ExitCodes.Success;
    }

    /// <summary>Misses listed per section at most (the counts and tables cover all).</summary>
    private const int MissesShown = 100;

    private static void IntentReport(CliIO io, IntentsByLanguage byLanguage, TestSuite suite, IReadOnlyList<string> botLanguages)
    {
        var clock = Stopwatch.StartNew();
        // Each language's detection is trained on its own user says, so each is cross-validated; the held-out messages
        // of intents: are measured in the language they are given in (a plain list: the first).
        var intents = byLanguage.For(null);
        var several = botLanguages.Count > 1;
        List<(string Expected, string Text, IntentMatch? Got)> leftOut = [];
        foreach (var language in several ? botLanguages : [intents.Language])
        {
            var measured = byLanguage.For(language);
            var inLanguage = measured.LeaveOneOut().Select(o => (Expected: o.Example.Intent, o.Example.Text, o.Got)).ToList();
            var correct = inLanguage.Count(o => o.Got?.Intent == o.Expected);
            io.Out.Write(string.Create(CultureInfo.InvariantCulture,
                $"intent detection{(several ? $" in {language}" : string.Empty)}, cross-validated over start-node user says and FAQ questions (each left out in turn): {correct}/{inLanguage.Count} = {Percent(correct, inLanguage.Count)} (threshold {measured.Threshold:0.00})\n"));
            WriteMisses(io, inLanguage.Where(o => o.Got?.Intent != o.Expected).ToList());
            if (language == intents.Language)
            {
                leftOut = inLanguage;
            }
        }

        if (several && suite.Paraphrases.Any(p => p.Language is null))
        {
            io.Out.Write($"(the messages under intents: given as a plain list are measured in {intents.Language}, the first language; {{ {botLanguages[^1]}: [...] }} measures them in another)\n");
        }

        if (suite.Paraphrases.Count == 0)
        {
            io.Out.Write("held-out paraphrases: none (add 'intents:' to a tests/*.yaml file)\n");
        }

        var heldOut = suite.Paraphrases.AsParallel().AsOrdered().Select(p => (Expected: p.Intent, p.Text, Got: byLanguage.For(p.Language).Detect(p.Text, out _))).ToList();
        foreach (var (title, group) in new[]
        {
            ("held-out paraphrases", heldOut.Where(d => d.Expected != Paraphrase.None).ToList()),
            ("out-of-scope messages (should break)", heldOut.Where(d => d.Expected == Paraphrase.None).ToList()),
        })
        {
            if (group.Count > 0)
            {
                var wrong = group.Where(d => (d.Got?.Intent ?? Paraphrase.None) != d.Expected).ToList();
                io.Out.Write($"{title}: {group.Count - wrong.Count}/{group.Count} = {Percent(group.Count - wrong.Count, group.Count)}\n");
                WriteMisses(io, wrong);
            }
        }

        // Per intent and the confusions: over the held-out messages when there are any, else over the user says.
        WriteIntentTable(io, heldOut.Count > 0 ? heldOut : leftOut, heldOut.Count > 0 ? "held-out and out-of-scope messages" : "user says, each left out");
        io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"(report in {clock.Elapsed.TotalSeconds:0.0} s)\n"));
    }

    private static void WriteMisses(CliIO io, IReadOnlyList<(string Expected, string Text, IntentMatch? Got)> misses)
    {
        foreach (var (expected, text, got) in misses.Take(MissesShown))
        {
            io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"  miss: '{Printable.Escape(text)}' ({Printable.Escape(expected)}) → {Describe(got)}\n"));
        }

        if (misses.Count > MissesShown)
        {
            io.Out.Write($"  … and {misses.Count - MissesShown} more\n");
        }
    }

    private static string Describe(IntentMatch? got) =>
        got is null ? "bot break" : string.Create(CultureInfo.InvariantCulture, $"{Printable.Escape(got.Intent)} ({got.Confidence:0.00})");

    /// <summary>
    /// Precision and recall per intent (those with a miss or a false hit; the others are 100 %), then the most
    /// confused pairs with messages that show them and the example that drew each one.
    /// </summary>
    private static void WriteIntentTable(CliIO io, IReadOnlyList<(string Expected, string Text, IntentMatch? Got)> judged, string source)
    {
        var got = judged.Select(j => j.Got?.Intent ?? Paraphrase.None).ToList();
        var wrong = Enumerable.Range(0, judged.Count).Where(i => got[i] != judged[i].Expected).ToList();
        if (wrong.Count == 0)
        {
            return;
        }

        io.Out.Write($"per intent ({source}; intents with no miss and no false hit are left out):\n");
        io.Out.Write($"  {Pad("intent", 40)} precision  recall\n");
        foreach (var intent in wrong.SelectMany(i => new[] { judged[i].Expected, got[i] }).Distinct().Order(StringComparer.Ordinal))
        {
            var hits = Enumerable.Range(0, judged.Count).Count(i => judged[i].Expected == intent && got[i] == intent);
            var name = intent == Paraphrase.None ? "(bot break)" : Printable.Escape(intent);
            io.Out.Write($"  {Pad(name, 40)} {Percent(hits, got.Count(g => g == intent)),9}  {Percent(hits, judged.Count(j => j.Expected == intent)),6}\n");
        }

        io.Out.Write("most confused (expected → got):\n");
        foreach (var pair in wrong.GroupBy(i => (judged[i].Expected, Got: got[i])).OrderByDescending(g => g.Count())
                     .ThenBy(g => g.Key.Expected, StringComparer.Ordinal).ThenBy(g => g.Key.Got, StringComparer.Ordinal).Take(10))
        {
            io.Out.Write($"  {Printable.Escape(pair.Key.Expected)} → {(pair.Key.Got == Paraphrase.None ? "bot break" : Printable.Escape(pair.Key.Got))}: {pair.Count()}\n");
            foreach (var i in pair.Take(2))
            {
                io.Out.Write(judged[i].Got is { } g
                    ? string.Create(CultureInfo.InvariantCulture, $"    '{Printable.Escape(judged[i].Text)}' is nearest '{Printable.Escape(g.NearestExample)}' of {Printable.Escape(g.Intent)} ({g.Confidence:0.00})\n")
                    : $"    '{Printable.Escape(judged[i].Text)}'\n");
            }
        }
    }

    private static string Pad(string text, int width) => text.Length >= width ? text : text + new string(' ', width - text.Length);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// Whether the JUnit report may go to <paramref name="path"/>: a new file, or one that holds a JUnit report (a
    /// previous run's). Anything else there (a typo that names botforge.yaml, a README) is not BotForge's to overwrite.
    /// </summary>
    private static bool MayWriteReport(CliIO io, string path)
    {
        var full = io.Resolve(path);
        if (Directory.Exists(full))
        {
            io.Fail($"--junit names the folder '{path}': name a file in it (like {Path.Join(path, "junit.xml")})");
            return false;
        }

        try
        {
            if (!File.Exists(full) || new FileInfo(full).Length == 0)
            {
                return true;
            }

            // The head of the file: a JUnit report's root element comes within it.
            using var reader = new StreamReader(full, detectEncodingFromByteOrderMarks: true);
            var head = new char[4096];
            var text = new string(head, 0, reader.ReadBlock(head));
            if (text.Contains("<testsuites", StringComparison.Ordinal) || text.Contains("<testsuite ", StringComparison.Ordinal))
            {
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Fail($"cannot read '{path}', which --junit would overwrite: {e.Message}");
            return false;
        }

        io.Fail($"'{path}' exists and is not a JUnit report: --junit overwrites only a report (a previous run's); name another file, or remove it");
        return false;
    }

    private static bool WriteAtomically(CliIO io, string path, string text)
    {
        var full = io.Resolve(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            Project.AtomicFile.WriteAllText(full, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Fail($"cannot write '{path}': {e.Message}");
            return false;
        }
    }
}
