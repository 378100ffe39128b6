using System.Diagnostics;
using System.Text.RegularExpressions;
using BotForge.Cli;
using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Tests.Support;

namespace BotForge.Tests.Hostile;

/// <summary>
/// Every case of the hostile-input corpus (corpus/, written by make_corpus.py) through the real CLI: the expected
/// exit code and diagnostic codes, nothing but diagnostics on the console (never a stack trace), no partial
/// output, and an answer within the time limit.
/// </summary>
public sealed partial class HostileInputTests
{
    /// <summary>A hang guard, not a benchmark: the slowest case takes well under a second.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static string Corpus => Repo.Path_("tests", "BotForge.Tests", "Hostile", "corpus");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Corpus).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_forty_cases()
    {
        Assert.True(Cases().Count >= 40, $"only {Cases().Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_hostile_input_ends_in_diagnostics_and_a_clean_exit(string name)
    {
        var folder = Path.Combine(Corpus, name);
        var expect = File.ReadAllLines(Path.Combine(folder, "expect"))
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
        using var output = new TempProject();
        var outDir = Path.Combine(output.Root, "dist");
        string[] args = expect["command"] == "build" ? ["build", folder, "--out", outDir] : ["validate", folder];

        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => CliRun.Of(Repo.Root, args));
        var finished = await Task.WhenAny(run, Task.Delay(Limit));
        Assert.True(finished == run, $"{name}: no answer within {Limit.TotalSeconds} s");
        var result = await run;
        var console = result.Out + result.Error;

        Assert.True(int.Parse(expect["exit"], System.Globalization.CultureInfo.InvariantCulture) == result.ExitCode,
            $"{name}: exit {result.ExitCode}, expected {expect["exit"]}; took {clock.ElapsedMilliseconds} ms\n{console}");
        foreach (var code in expect.GetValueOrDefault("codes", "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(console.Contains($" {code}: ", StringComparison.Ordinal), $"{name}: no {code}\n{console}");
        }

        Assert.DoesNotContain("internal error", console, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), console);
        foreach (var line in result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches(ConsoleLine(), line);
        }

        if (result.ExitCode != 0)
        {
            Assert.False(Directory.Exists(outDir), $"{name}: a failed build left {outDir}");
        }
        else if (expect["command"] == "build")
        {
            Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")), $"{name}: the build wrote no manifest");
            AuthorTextStayedData(name, outDir);
        }
    }

    /// <summary>Author text never becomes code: no spreadsheet formula in faq.csv, every script parses as the Python it was generated as.</summary>
    private static void AuthorTextStayedData(string name, string outDir)
    {
        var csv = Path.Combine(outDir, "faq.csv");
        if (File.Exists(csv))
        {
            foreach (var field in File.ReadAllLines(csv).SelectMany(line => line.Split(',')).Select(f => f.TrimStart('"')))
            {
                Assert.False(field.Length > 0 && field[0] is '=' or '+' or '@', $"{name}: faq.csv has a formula field: {field}");
            }
        }

        var scripts = Path.Combine(outDir, "scripts");
        foreach (var script in Directory.Exists(scripts) ? Directory.GetFiles(scripts, "*.py") : [])
        {
            // Parses, and the author's "__import__('os').system('id')" is a string in it, never a call.
            const string Probe = "import ast, sys\n"
                + "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())\n"
                + "calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, 'id', '') == '__import__']\n"
                + "sys.exit('author text became code' if calls else 0)\n";
            var check = Process.Start(new ProcessStartInfo("python3", ["-c", Probe, script]) { RedirectStandardError = true })!;
            var error = check.StandardError.ReadToEnd();
            check.WaitForExit();
            Assert.True(check.ExitCode == 0, $"{name}: {Path.GetFileName(script)}: {error}");
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    bot_says: hi\n"));
        project.Write("faq.yaml", "# " + new string('x', (int)Limits.Default.FileBytes) + "\n");

        var result = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("faq.yaml:1:1: error BF0009: the file is 16,777,219 bytes; a source file may be at most 16,777,216", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_limit_can_be_set_for_a_run()
    {
        using var project = TempProject.With(
            ("stories/main/flow.yaml", "nodes:\n  - id: GREET\n    start: true\n    end: true\n    user_says: [hi, hello, hey, yo, hiya, howdy, morning, evening, greetings, hello there]\n    bot_says: Hello, how can I help?\n"),
            ("stories/main/deep.yaml", "nodes:\n  - id: DEEP\n    bot_says: {initial: [{text: a, quick_replies: [b]}]}\n    end: true\n"));
        Diagnostic[] Run(Limits limits) => [.. Compilation.Create(project.Root, ".", limits: limits).Validate()];

        Assert.DoesNotContain(Run(Limits.Default), d => d.IsError);
        Assert.Contains(Run(Limits.Default with { FileBytes = 100 }), d => d.Code == "BF0009" && d.Message.Contains("at most 100", StringComparison.Ordinal));
        Assert.Contains(Run(Limits.Default with { ProjectBytes = 100 }), d => d.Code == "BF0009" && d.Message.Contains("100 bytes in all", StringComparison.Ordinal));
        Assert.Contains(Run(Limits.Default with { Depth = 4 }), d => d.Code == "BF0014" && d.Location!.File.Path.EndsWith("deep.yaml", StringComparison.Ordinal));
        Assert.Contains(Run(Limits.Default with { Values = 10 }), d => d.Code == "BF0107");
        Assert.Contains(Run(Limits.Default with { ValueLength = 10 }), d => d.Code == "BF0016" && d.Message.Contains("22 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cli_reads_limits_from_the_environment_and_refuses_nonsense()
    {
        var limits = CliIO.ReadLimits(name => name == "BOTFORGE_LIMIT_DEPTH" ? "12" : null, out var error);
        Assert.Null(error);
        Assert.Equal(Limits.Default with { Depth = 12 }, limits);

        CliIO.ReadLimits(name => name == "BOTFORGE_LIMIT_FILE_BYTES" ? "-5" : null, out error);
        Assert.Equal("BOTFORGE_LIMIT_FILE_BYTES must be a positive whole number, not '-5'", error);
        Assert.Equal(5, Limits.Settings.Count);
    }

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    /// <summary>What stderr may hold: a diagnostic (located, or about the project as a whole), its hint, or the summary line.</summary>
    [GeneratedRegex(@"^(\S.*:\d+:\d+: (error|warning|info) BF\d{4}: .+|botforge: (error|warning|info) BF\d{4}: .+|    hint: .+|\S+: \d+ errors?, \d+ warnings?|Build failed: \d+ errors?, \d+ warnings?; nothing was written\.)$")]
    private static partial Regex ConsoleLine();
}
