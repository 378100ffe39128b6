using System.CommandLine;
using BotForge.Cli;
using BotForge.Cli.Commands;
using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary>docs/cli.md describes every command the CLI has and every option of each, and the exit codes it returns.</summary>
public sealed class CliDocsTests
{
    private static readonly string Docs = File.ReadAllText(Repo.Path_("docs", "cli.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> Commands => [.. Tree().Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_a_section_naming_each_of_its_options(string name)
    {
        var command = Tree().Subcommands.Single(c => c.Name == name);
        var section = Section(name);

        Assert.True(section is not null, $"docs/cli.md has no '## {name}' section");
        Assert.All(command.Options.Where(o => o.Name is not ("--help" or "--verbose")), option =>
            Assert.True(section!.Contains(option.Name, StringComparison.Ordinal), $"'## {name}' does not mention {option.Name}"));
    }

    [Fact]
    public void Every_exit_code_is_in_the_table()
    {
        var codes = typeof(ExitCodes).GetFields().Select(f => (int)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"\n| {code} | ", Docs, StringComparison.Ordinal));
    }

    private static RootCommand Tree() => BotForgeCli.Tree(new CliIO(TextWriter.Null, TextWriter.Null, Repo.Root)).Root;

    private static string? Section(string name)
    {
        var start = Docs.IndexOf($"\n## {name}\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = Docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Docs[start..] : Docs[start..end];
    }
}
