using BotForge.Deploy.Planning;
using BotForge.Deploy.Releases;
using BotForge.Tests.Support;

namespace BotForge.Tests.Deploy;

/// <summary>
/// The <c>--secrets</c> dotenv file, read as Docker Compose and python-dotenv read one: a comment after a value is not
/// part of it, quotes are taken off (double quotes read their escapes), and a line that cannot be read is an error
/// naming the line, never its content.
/// </summary>
public sealed class SecretsFileTests
{
    [Theory]
    [InlineData("SF_USERNAME=integration@acme.example", "integration@acme.example")]
    [InlineData("SF_USERNAME = integration@acme.example   # the production user", "integration@acme.example")]
    [InlineData("SF_USERNAME=integration@acme.example\t# tab, then a comment", "integration@acme.example")]
    [InlineData("SF_USERNAME=pa#ss", "pa#ss")]
    [InlineData("SF_USERNAME=#first", "#first")]
    [InlineData("export SF_USERNAME='it''s'", null)]
    [InlineData("export SF_USERNAME='a # b' # note", "a # b")]
    [InlineData("SF_USERNAME=\"a \\\"quoted\\\" \\\\ word\\n\"", "a \"quoted\" \\ word\n")]
    [InlineData("SF_USERNAME='no \\n escapes'", "no \\n escapes")]
    [InlineData("SF_USERNAME=\"\" # empty", "")]
    [InlineData("SF_USERNAME=\"not closed", null)]
    [InlineData("SF_USERNAME=\"closed\" trailing", null)]
    public void A_value_is_read_as_dotenv_readers_read_it(string line, string? value)
    {
        using var folder = TempProject.With(("secrets.env", $"# secrets\n\n{line}\n"));
        var path = Path.Combine(folder.Root, "secrets.env");
        if (value is null)
        {
            var error = Assert.Throws<ReleaseException>(() => Secrets.ReadDotenv(path, "secrets.env"));
            Assert.Equal("secrets.env:3: a quoted value is not closed, or something other than a # comment follows its closing quote", error.Message);
        }
        else
        {
            Assert.Equal(value, Secrets.ReadDotenv(path, "secrets.env")["SF_USERNAME"]);
        }
    }
}
