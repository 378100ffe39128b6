using System.Text;
using BotForge.Tests.Support;
using NJsonSchema;

namespace BotForge.Tests.Diff;

/// <summary>
/// Each case of cases/ through the real CLI in every format, against golden files in Golden/diff/CASE/
/// (BOTFORGE_ACCEPT=1 rewrites them); the JSON also against schemas/diff.schema.json.
/// </summary>
public sealed class DiffGoldenTests
{
    [Theory]
    [MemberData(nameof(DiffCase.All), MemberType = typeof(DiffCase))]
    public async Task Diff_of_each_case_matches_its_golden_files_in_every_format(string name)
    {
        using var pair = DiffCase.Load(name);
        foreach (var (format, file) in new[] { ("markdown", "diff.md"), ("json", "diff.json"), ("text", "diff.txt") })
        {
            var run = pair.Diff(format);
            Assert.True(run.ExitCode == 0, $"{name} ({format}): exit {run.ExitCode}\n{run.Error}");
            Assert.Equal(string.Empty, run.Error);
            Support.Golden.Match(Path.Combine("diff", name, file), Encoding.UTF8.GetBytes(run.Out));
            if (format == "json")
            {
                var schema = await JsonSchema.FromFileAsync(Repo.Path_("schemas", "diff.schema.json"));
                Assert.Empty(schema.Validate(run.Out));
            }
        }
    }

    [Fact]
    public void The_same_bot_reordered_has_no_changes()
    {
        using var pair = DiffCase.Load("no_changes");
        var run = pair.Diff("text");
        Assert.Equal("acme_support: old -> new: no changes; errors 0 → 0, warnings 0 → 0\n", run.Out);
    }

    [Fact]
    public void A_side_that_is_not_a_project_is_bad_input_with_its_diagnostic()
    {
        using var folder = TempProject.With();
        Directory.CreateDirectory(Path.Combine(folder.Root, "empty"));
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(folder.Root, "bot"));

        var run = CliRun.Of(folder.Root, "diff", "bot", "empty");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("botforge: error BF0002: 'empty' has no botforge.yaml", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
