using BotForge.Tests.Support;
using BotForge.Text;

namespace BotForge.Tests.Text;

/// <summary>Control characters in file names and author or user text never act in human-readable output: they are shown as escapes.</summary>
public sealed class PrintableTests
{
    [Theory]
    [InlineData("plain text, é ✓", "plain text, é ✓")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("\u001b[31mred", @"\e[31mred")]
    [InlineData("x\r\n::error ::forged", @"x\r\n::error ::forged")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("bell\u0007 del\u007f c1\u009b", @"bell\u{0007} del\u{007F} c1\u{009B}")]
    [InlineData("rtl\u202Eoverride\u2066iso\u2028line", @"rtl\u{202E}override\u{2066}iso\u{2028}line")]
    [InlineData("hel\u200Blo soft\u00ADhyphen \uFEFFbom joiner\u2060 \u3164 mark\u200E", @"hel\u{200B}lo soft\u{00AD}hyphen \u{FEFF}bom joiner\u{2060} \u{3164} mark\u{200E}")]
    [InlineData("क्\u200Dष न\u200Cहीं 👨\u200D👩 ❤\uFE0F", "क्\u200Dष न\u200Cहीं 👨\u200D👩 ❤\uFE0F")]
    public void Controls_become_escapes_and_the_rest_is_kept(string text, string shown)
    {
        Assert.Equal(shown, Printable.Escape(text));
    }

    /// <summary>
    /// A text shortened for a message is cut between characters as users see them: cutting inside an emoji left a
    /// lone surrogate (shown as '?' or written as an invalid "\ud83d" in JSON output), inside a letter with its mark a
    /// bare consonant.
    /// </summary>
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly ten", 11, "exactly ten")]
    [InlineData("abcdefghijkl", 10, "abcdefg...")]
    [InlineData("abcdef🚚🚚🚚", 10, "abcdef...")]
    [InlineData("abcde🚚🚚🚚", 10, "abcde🚚...")]
    [InlineData("abcdefe\u0301xyz", 10, "abcdef...")]
    [InlineData("मेरे ऑर्डर को ट्रैक करें", 10, "मेरे ऑ...")]
    public void A_shortened_text_is_cut_between_characters_as_users_see_them(string text, int max, string shown)
    {
        var shortened = Printable.Shorten(text, max);

        Assert.Equal(shown, shortened);
        Assert.True(shortened.Length <= max);
        Assert.True(shortened.EnumerateRunes().All(r => r != System.Text.Rune.ReplacementChar));
    }

    [Fact]
    public void A_file_name_with_a_line_break_and_an_escape_cannot_forge_a_diagnostic_line()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n"),
            ("stories/main/x\u001b[2K\n::error file=a.yaml::forged.yaml", "nodes: []\n"));

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.All(run.Error.Split('\n'), line => Assert.False(line.StartsWith("::error", StringComparison.Ordinal), line));
        Assert.Contains(@"x\e[2K\n::error file=a.yaml::forged.yaml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_message_with_controls_is_escaped_in_the_transcript()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n"),
            ("tests/t.yaml", "conversations:\n  - name: \"forged\\n::error ::x\"\n    turns:\n      - user: \"hello\\e[2J\\n::error ::y\"\n        expect: { node: A }\n"));

        var run = CliRun.Of(project.Root, "test", ".", "--transcripts");

        Assert.Contains(@"user: hello\e[2J\n::error ::y", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.All(run.Out.Split('\n'), line => Assert.False(line.StartsWith("::error", StringComparison.Ordinal), line));
    }

    [Fact]
    public void A_text_with_controls_cannot_forge_lines_in_the_text_diff()
    {
        const string Flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: {0}\n";
        using var work = TempProject.With(("old/botforge.yaml", TempProject.MinimalProjectFile), ("old/stories/main/flow.yaml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Flow, "Hi.")),
            ("new/botforge.yaml", TempProject.MinimalProjectFile), ("new/stories/main/flow.yaml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Flow, "\"Hi.\\e[2J\\n::error file=a::forged\"")));

        var run = CliRun.Of(work.Root, "diff", "old", "new");

        Assert.Contains(@"\e[2J / ::error file=a::forged", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.All(run.Out.Split('\n'), line => Assert.False(line.TrimStart().StartsWith("::error", StringComparison.Ordinal), line));
    }

    [Fact]
    public void A_release_note_with_controls_is_escaped_in_the_listing()
    {
        using var work = TempProject.CopyOf(Repo.ExampleBot);
        var env = new Dictionary<string, string> { ["BOTFORGE_SECRET_SF_USERNAME"] = "u", ["BOTFORGE_SECRET_SF_CLIENT_ID"] = "c", ["BOTFORGE_SECRET_SF_PRIVATE_KEY"] = "k" };
        var stdout = new StringWriter { NewLine = "\n" };
        var deployed = BotForge.Cli.Commands.BotForgeCli.Run(["deploy", ".", "--env", "staging", "-m", "note\u001b[31m\n::error ::forged"], stdout, TextWriter.Null, work.Root, environment: name => env.GetValueOrDefault(name));
        var listing = CliRun.Of(work.Root, "releases", ".", "--env", "staging");

        Assert.Equal(0, deployed);
        Assert.Contains(@"note\e[31m\n::error ::forged", listing.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', listing.Out);
    }
}
