using System.Text.Json;
using BotForge.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Tools;

/// <summary>
/// The intent-detection benchmark (tools/nlu_benchmark.py) run on a file of CLINC150's shape (<c>--clinc</c>) and on
/// files of HINT3's (<c>--hint3</c>): the data here is written for the test, in the benchmarks' formats, not theirs.
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

        var (bot, compilation, nodes) = Written(run, output, "clinc150", "3 intents, 5 test queries, 2 out-of-scope");
        Assert.Equal(["BALANCE", "PAY_BILL", "WEATHER"], nodes.Keys.Order(StringComparer.Ordinal));
        // Every training example as the file has it: a text twice under one intent, and one under two intents.
        Assert.Equal(["pay my phone bill", "i want to pay a bill", "how much money do i have", "pay my phone bill"], nodes["PAY_BILL"]);
        Assert.Contains("how much money do i have", nodes["BALANCE"]);
        Assert.Equal(0.35, compilation.Model!.NluThreshold);

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

    [Fact]
    public async Task A_hint3_bot_becomes_a_bot_with_its_sentences_and_its_messages_out_of_scope_apart()
    {
        using var project = new TempProject(new Dictionary<string, string>
        {
            // CSV as the benchmark writes it: quoted fields with commas, doubled quotes and a line break, a sentence
            // twice under one label, text in other scripts.
            ["data/shop_train.csv"] = "sentence,label\n" +
                "Where is my order,ORDER_STATUS\n\"Track my order, please\",ORDER_STATUS\nWhere is my order,ORDER_STATUS\n" +
                "Cancel my order,CANCEL_ORDER\nI want to cancel,CANCEL_ORDER\n\"Cancel the \"\"express\"\" one\",CANCEL_ORDER\n" +
                "Is COD available,100_COD\nCash on delivery,100_COD\nCOD,100_COD\n",
            ["data/shop_test.csv"] = "sentence,label\n" +
                "has my parcel shipped,ORDER_STATUS\n\"please cancel\nthe order\",CANCEL_ORDER\ncan i pay cash,100_COD\n" +
                "7021645199,NO_NODES_DETECTED\nक्या बोलता भाई,NO_NODES_DETECTED\n",
        });
        var output = Path.Combine(project.Root, "out");

        var run = await Benchmark(project.Root, "--hint3", "data/shop_train.csv", "data/shop_test.csv", "--write-only", "--out", output);

        var (bot, _, nodes) = Written(run, output, "hint3_shop", "3 intents, 3 test queries, 2 out-of-scope");
        Assert.Equal(["100_COD", "CANCEL_ORDER", "ORDER_STATUS"], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Where is my order", "Track my order, please", "Where is my order"], nodes["ORDER_STATUS"]);
        Assert.Contains("Cancel the \"express\" one", nodes["CANCEL_ORDER"]);

        var report = CliRun.Of(bot, "test", ".", "--report");
        Assert.Matches(@"held-out paraphrases: \d/3 ", report.Out);
        Assert.Matches(@"out-of-scope messages[^:]*: \d/2 ", report.Out);
        var tests = File.ReadAllText(Path.Combine(bot, "tests", "paraphrases.yaml"));
        Assert.Contains(@"- ""please cancel\nthe order""", tests);
    }

    [Fact]
    public async Task A_hint3_test_message_of_a_label_the_training_file_lacks_is_refused()
    {
        using var project = new TempProject(new Dictionary<string, string>
        {
            ["a_train.csv"] = "sentence,label\nWhere is my order,ORDER_STATUS\n",
            ["a_test.csv"] = "sentence,label\nrefund please,REFUND\n",
            ["b_test.csv"] = "text,intent\nrefund please,REFUND\n",
        });

        var unknown = await Benchmark(project.Root, "--hint3", "a_train.csv", "a_test.csv", "--write-only", "--out", Path.Combine(project.Root, "out"));
        var unlike = await Benchmark(project.Root, "--hint3", "a_train.csv", "b_test.csv", "--write-only", "--out", Path.Combine(project.Root, "out"));

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("a_test.csv: test message 'refund please' is of label 'REFUND', which a_train.csv has no sentence of", unknown.Error);
        Assert.NotEqual(0, unlike.ExitCode);
        Assert.Contains("b_test.csv: no sentence,label header: is this a HINT3 CSV file?", unlike.Error);
        Assert.False(Directory.Exists(Path.Combine(project.Root, "out", "hint3_a")));
    }

    [Fact]
    public async Task A_platforms_predictions_are_compared_with_the_engines_decisions_message_by_message()
    {
        using var project = new TempProject(new Dictionary<string, string>
        {
            ["shop_train.csv"] = "sentence,label\nWhere is my order,ORDER_STATUS\nTrack my order,ORDER_STATUS\nHas my parcel shipped,ORDER_STATUS\n" +
                "Cancel my order,CANCEL_ORDER\nI want to cancel,CANCEL_ORDER\nPlease cancel it,CANCEL_ORDER\n",
            ["shop_test.csv"] = "sentence,label\nwhere is my parcel,ORDER_STATUS\ncancel the order,CANCEL_ORDER\ntrack it,ORDER_STATUS\n" +
                "what is the capital of peru,NO_NODES_DETECTED\nsing me a song,NO_NODES_DETECTED\n/reset,NO_NODES_DETECTED\n(new conversation),NO_NODES_DETECTED\n",
            // The platform: right on the three in scope at 0.9, 0.35 and 0.15; out of scope at 0.06, 0.45, 0.2 and 0.05.
            ["haptik_shop.csv"] = "sentence,label,predicted_node,predicted_node_score\n" +
                "where is my parcel,ORDER_STATUS,ORDER_STATUS,0.9\ncancel the order,CANCEL_ORDER,CANCEL_ORDER,0.35\ntrack it,ORDER_STATUS,ORDER_STATUS,0.15\n" +
                "what is the capital of peru,NO_NODES_DETECTED,CANCEL_ORDER,0.06\nsing me a song,NO_NODES_DETECTED,ORDER_STATUS,0.45\n/reset,NO_NODES_DETECTED,ORDER_STATUS,0.2\n" +
                "(new conversation),NO_NODES_DETECTED,ORDER_STATUS,0.05\n",
            ["haptik_other.csv"] = "sentence,label,predicted_node,predicted_node_score\nwhere is my order,ORDER_STATUS,ORDER_STATUS,0.9\n",
        });

        var run = await Benchmark(project.Root, "--hint3", "shop_train.csv", "shop_test.csv", "--platform", "haptik_shop.csv");
        var other = await Benchmark(project.Root, "--hint3", "shop_train.csv", "shop_test.csv", "--platform", "haptik_other.csv");

        Assert.True(run.ExitCode == 0, run.Error);
        // A message the chat reads as a command is not sent (one that looks like the chat's own words is); the others
        // are judged against the platform at each of its thresholds: the in-scope ones it takes right, and the
        // out-of-scope ones it breaks on.
        Assert.Contains("message by message (the engine at the bot's threshold; not sent: 1)", run.Out);
        Assert.Matches(@"\| 0\.1 \| \d/6 = [\d.]+% \| \d/3 = [\d.]+% \| \d/2 = [\d.]+% \|", run.Out);
        Assert.Matches(@"\| 0\.3 \| \d/6 = [\d.]+% \| \d/2 = [\d.]+% \| \d/2 = [\d.]+% \|", run.Out);
        Assert.Matches(@"\| 0\.5 \| \d/6 = [\d.]+% \| \d/1 = [\d.]+% \| \d/3 = [\d.]+% \|", run.Out);
        // The engine takes the plain in-scope messages where the platform does, and breaks on the question of
        // geography and on the chat's own words.
        Assert.Matches(@"\| 0\.1 \| \d/6 = [\d.]+% \| 3/3 = 100\.0% \| 2/2 = 100\.0% \|", run.Out);
        Assert.NotEqual(0, other.ExitCode);
        Assert.Contains("haptik_other.csv: row 2 is 'where is my order' (ORDER_STATUS), where shop_test.csv has 'where is my parcel' (ORDER_STATUS): the predictions are not of that test set", other.Error);
    }

    /// <summary>The bot the benchmark says it wrote, which compiles without errors, and its nodes' user says.</summary>
    private static (string Bot, Compilation Compilation, Dictionary<string, List<string>> Nodes) Written(Tool.Result run, string output, string name, string counts)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("wrote " + Path.Combine(output, name) + ": " + counts, run.Out);
        var bot = Path.Combine(output, name);
        var compilation = Compilation.Create(bot, ".");
        Assert.DoesNotContain(compilation.Validate(), d => d.Level == DiagnosticLevel.Error);
        return (bot, compilation, compilation.Model!.Nodes.ToDictionary(n => n.SystemName, n => n.UserSays.All.Select(u => u.Text).ToList()));
    }

    private static Task<Tool.Result> Benchmark(string folder, params string[] args) =>
        Tool.RunAsync("python3", folder, null, [Repo.Path_("tools", "nlu_benchmark.py"), .. args]);
}
