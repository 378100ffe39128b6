using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BotForge.Cli.Output;
using BotForge.Simulation.Code;
using BotForge.Simulation.Nlu;
using BotForge.Simulation.Testing;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge test PROJECT [--filter NAME] [--junit FILE] [--report]</c>: the conversation tests of tests/*.yaml.</summary>
internal static class TestCommand
{
    public static Command Create(CliIO io)
    {
        var project = new Argument<string>("PROJECT") { Description = "The bot project folder (the one with botforge.yaml)." };
        var filter = new Option<string?>("--filter") { Description = "Run only conversations whose name contains this text (case-insensitive)." };
        var junit = new Option<string?>("--junit") { Description = "Also write the results as JUnit XML to this file (for CI)." };
        var report = new Option<bool>("--report") { Description = "Also measure intent detection: leave-one-out accuracy over the bot's user says, and accuracy on the paraphrases of tests/*.yaml (intents:)." };
        var all = new Option<bool>("--transcripts") { Description = "Print the transcript of every conversation, not only of failed ones." };
        var command = new Command("test", "Run the bot's conversation tests (tests/*.yaml) with the conversation engine; exit 1 if any fails.") { project, filter, junit, report, all };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(filter), parse.GetValue(junit), parse.GetValue(report), parse.GetValue(all)));
        return command;
    }

    private static int Run(CliIO io, string project, string? filter, string? junit, bool report, bool transcripts)
    {
        var clock = Stopwatch.StartNew();
        var compilation = io.Compile(project);
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

        var intents = new Intents(model);
        if (report)
        {
            IntentReport(io, intents, suite);
        }

        if (suite.Conversations.Count == 0)
        {
            io.Out.Write($"{model.Bot.Id}: no conversations in {project}/tests/*.yaml\n");
            return ExitCodes.Success;
        }

        var results = TestRunner.Run(model, intents, suite, new CodeRunner(), filter);
        if (results.Count == 0)
        {
            io.Error.Write($"botforge: error: no conversation name contains '{filter}'\n");
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
                io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"PASS {result.Conversation.Name}  ({result.Transcript.Count} turns, {result.Elapsed.TotalMilliseconds:0} ms)\n"));
            }
        }

        var failed = results.Count(r => !r.Passed);
        io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{model.Bot.Id}: {results.Count - failed} passed, {failed} failed in {clock.Elapsed.TotalSeconds:0.00} s\n"));
        if (junit is not null && !WriteAtomically(io, junit, JUnitWriter.Write(model.Bot.Id, results)))
        {
            return ExitCodes.BadInput;
        }

        return failed > 0 ? ExitCodes.BotHasErrors : ExitCodes.Success;
    }

    private static void IntentReport(CliIO io, Intents intents, TestSuite suite)
    {
        var (correct, total, misses) = intents.LeaveOneOut();
        io.Out.Write(string.Create(CultureInfo.InvariantCulture,
            $"intent detection, leave-one-out over start-node user says and FAQ questions: {correct}/{total} = {Percent(correct, total)} (threshold {intents.Threshold:0.00})\n"));
        foreach (var (example, got) in misses)
        {
            io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"  miss: '{example.Text}' ({example.Intent}) → {(got is null ? "bot break" : $"{got.Intent} ({got.Confidence:0.00})")}\n"));
        }

        if (suite.Paraphrases.Count == 0)
        {
            io.Out.Write("held-out paraphrases: none (add 'intents:' to a tests/*.yaml file)\n");
            return;
        }

        foreach (var (title, group) in new[]
        {
            ("held-out paraphrases", suite.Paraphrases.Where(p => p.Intent != Paraphrase.None).ToList()),
            ("out-of-scope messages (should break)", suite.Paraphrases.Where(p => p.Intent == Paraphrase.None).ToList()),
        })
        {
            if (group.Count == 0)
            {
                continue;
            }

            var right = 0;
            var wrong = new List<string>();
            foreach (var paraphrase in group)
            {
                var got = intents.Detect(paraphrase.Text, out _);
                if ((got?.Intent ?? Paraphrase.None) == paraphrase.Intent)
                {
                    right++;
                }
                else
                {
                    wrong.Add(string.Create(CultureInfo.InvariantCulture, $"  miss: '{paraphrase.Text}' ({paraphrase.Intent}) → {(got is null ? "bot break" : $"{got.Intent} ({got.Confidence:0.00})")}"));
                }
            }

            io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{title}: {right}/{group.Count} = {Percent(right, group.Count)}\n"));
            wrong.ForEach(line => io.Out.Write(line + "\n"));
        }
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

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
            io.Error.Write($"botforge: error: cannot write '{path}': {e.Message}\n");
            return false;
        }
    }
}
