using System.Text.Json;
using BotForge.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Tools;

/// <summary>
/// The intent-detection benchmark (tools/nlu_benchmark.py) run on a file of CLINC150's shape (<c>--clinc</c>): the
/// data here is written for the test, in the benchmark's format, not the benchmark's own.
/// </summary>
public sealed class NluBenchmarkToolTests
{
    private static readonly string Data = JsonSerializer.Serialize(new Dictionary<string, string[][]>
    {
        ["train"] =
        [
            ["what is my balance", "balance"], ["how much money do i have", "balance"], ["show my account balance", "balance"],
            ["pay my phone bill", "pay_bill"], ["i want to pay a bill", "pay_bill"], ["how much money do i have", "pay_bill"],
            ["pay my phone bill", "pay_bill"], ["will it rain today", "weather"], ["what's the forecast", "weather"],
            ["is it cold outside", "weather"],
        ],
        ["val"] = [["tell me my balance", "balance"]],
        ["test"] =
        [
            ["how much is in my account", "balance"], ["balance please", "balance"], ["settle my electric bill", "pay_bill"],
            ["how hot will it be tomorrow", "weather"], ["do i need an umbrella", "weather"],
        ],
        ["oos_train"] = [["who won the game", "oos"]],
        ["oos_val"] = [["play some jazz", "oos"]],
        ["oos_test"] = [["book a table for two", "oos"], ["what is the capital of peru", "oos"]],
    });

    [Fact]
    public async Task A_clinc_file_becomes_a_bot_with_its_training_examples_and_its_test_sets()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["data_full.json"] = Data });
        var output = Path.Combine(project.Root, "out");

        var run = await Benchmark(project.Root, "--clinc", "data_full.json", "--write-only", "--out", output, "--threshold", "0.35");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("wrote " + Path.Combine(output, "clinc150") + ": 3 intents, 5 test queries, 2 out-of-scope", run.Out);
        var bot = Path.Combine(output, "clinc150");
        var compilation = Compilation.Create(bot, ".");
        Assert.DoesNotContain(compilation.Validate(), d => d.Level == DiagnosticLevel.Error);
        var nodes = compilation.Model!.Nodes.ToDictionary(n => n.SystemName, n => n.UserSays.All.Select(u => u.Text).ToList());
        Assert.Equal(["BALANCE", "PAY_BILL", "WEATHER"], nodes.Keys.Order(StringComparer.Ordinal));
        // Every training example as the file has it: a text twice under one intent, and one under two intents.
        Assert.Equal(["pay my phone bill", "i want to pay a bill", "how much money do i have", "pay my phone bill"], nodes["PAY_BILL"]);
        Assert.Contains("how much money do i have", nodes["BALANCE"]);
        Assert.Equal(0.35, compilation.Model.NluThreshold);

        var report = CliRun.Of(bot, "test", ".", "--report");
        Assert.Matches(@"held-out paraphrases: \d/5 ", report.Out);
        Assert.Matches(@"out-of-scope messages[^:]*: \d/2 ", report.Out);
        // val and the out-of-scope training lists are not the protocol's test sets.
        var tests = File.ReadAllText(Path.Combine(bot, "tests", "paraphrases.yaml"));
        Assert.DoesNotContain("tell me my balance", tests);
        Assert.DoesNotContain("play some jazz", tests);
    }

    [Fact]
    public async Task A_file_of_another_shape_is_refused_with_what_it_lacks()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["data.json"] = """{"train": [["hi", "greeting"]], "test": []}""" });

        var run = await Benchmark(project.Root, "--clinc", "data.json", "--write-only", "--out", Path.Combine(project.Root, "out"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("data.json: no oos_test list: is this CLINC150's data_full.json?", run.Error);
        Assert.False(Directory.Exists(Path.Combine(project.Root, "out", "clinc150")));
    }

    private static Task<Tool.Result> Benchmark(string folder, params string[] args) =>
        Tool.RunAsync("python3", folder, null, [Repo.Path_("tools", "nlu_benchmark.py"), .. args]);
}
