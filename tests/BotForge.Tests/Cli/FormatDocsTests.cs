using System.Text.RegularExpressions;
using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary>docs/format.md's examples are real: every YAML block parses, and its whole-file examples make a bot with no errors.</summary>
public sealed partial class FormatDocsTests
{
    private static readonly List<string> Blocks = [.. YamlBlock().Matches(File.ReadAllText(Repo.Path_("docs", "format.md")).ReplaceLineEndings("\n")).Select(m => m.Groups[1].Value)];

    private static string Block(string firstLine) => Blocks.First(b => b.StartsWith(firstLine, StringComparison.Ordinal));

    [Fact]
    public void Every_yaml_example_parses()
    {
        Assert.True(Blocks.Count >= 20);
        Assert.All(Blocks, block =>
        {
            var bag = new BotForge.Diagnostics.DiagnosticBag();
            BotForge.Parsing.YamlParser.Parse(new BotForge.Text.SourceFile("example.yaml", block), bag);
            Assert.True(bag.ToSortedList().Count == 0, block + "\n" + string.Join('\n', bag.ToSortedList().Select(d => d.Message)));
        });
    }

    [Fact]
    public void The_whole_file_examples_make_a_bot_with_no_errors()
    {
        // The sub-story example stops at its connection to CREATE_CASE; the code node it leads to is added here.
        const string Rest = """

              - id: CREATE_CASE
                type: code
                action:
                  salesforce.create_case: { subject: Chat support request, SuppliedEmail: "${entity.email}" }
                next:
                  - { to: DONE, when: status == true }
                  - { to: DONE, when: status == false }
              - id: DONE
                type: output
                end: true
                bot_says: Done.
            """;
        using var project = TempProject.With(
            ("botforge.yaml", Block("bot:\n  id: acme_support")),
            ("entities.yaml", Block("entities:\n  - name: issue_type")),
            ("stories/support/raise_ticket.yaml", Block("name: Raise a ticket") + Rest),
            ("faq.yaml", Block("faq:")));

        var diagnostics = Diagnose.Project(project.Root);

        Assert.True(!diagnostics.Any(d => d.IsError), Diagnose.Describe(diagnostics));
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
