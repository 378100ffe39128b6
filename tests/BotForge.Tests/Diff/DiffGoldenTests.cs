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

    /// <summary>
    /// A change too large for a pull-request comment (GitHub takes 65,536 characters; 1.5 MB was written for a bot
    /// replaced by a 10,000-node one, and posting it failed the check): the Markdown stops at the limit, after whole
    /// groups, and says how many changes it leaves out; the text form keeps them all.
    /// </summary>
    [Fact]
    public void A_markdown_report_fits_a_comment_and_says_what_it_leaves_out()
    {
        using var folder = TempProject.With();
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(folder.Root, "old"));
        SyntheticBot.Generate(Path.Combine(folder.Root, "new"), 2000);

        var markdown = CliRun.Of(folder.Root, "diff", "old", "new", "--format", "markdown");
        var text = CliRun.Of(folder.Root, "diff", "old", "new");

        Assert.True(markdown.ExitCode == 0, markdown.Error);
        Assert.InRange(markdown.Out.Length, 50_000, BotForge.Diff.DiffReport.MarkdownLimit);
        var left = System.Text.RegularExpressions.Regex.Match(markdown.Out, @"\n\n(\d+) more changes are not shown here \(a comment's size is limited\): `botforge diff` lists them all\.\n$");
        Assert.True(left.Success, markdown.Out[^300..]);
        var shown = System.Text.RegularExpressions.Regex.Matches(markdown.Out, "^#### ", System.Text.RegularExpressions.RegexOptions.Multiline).Count;
        Assert.True(shown > 0);
        Assert.True(text.Out.Length > 4 * markdown.Out.Length, "the text form is not limited");
        Assert.Contains("SHIPPING_COST — removed", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("`SHIPPING_COST`", markdown.Out, StringComparison.Ordinal);
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
