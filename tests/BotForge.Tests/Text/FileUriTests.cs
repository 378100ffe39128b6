using BotForge.Text;

namespace BotForge.Tests.Text;

/// <summary>
/// File URIs for editors and SARIF: every character of a path is data. <see cref="Uri"/>'s constructor read a path's
/// <c>%41</c> as an escape of <c>A</c>, naming another folder.
/// </summary>
public sealed class FileUriTests
{
    [Theory]
    [InlineData("/tmp/bot/a.yaml", "file:///tmp/bot/a.yaml")]
    [InlineData("/tmp/50%41off/a.yaml", "file:///tmp/50%2541off/a.yaml")]
    [InlineData("/tmp/my bot (copy) #1/a?.yaml", "file:///tmp/my%20bot%20%28copy%29%20%231/a%3F.yaml")]
    [InlineData("/tmp/ü€/[x]!'*.yaml", "file:///tmp/%C3%BC%E2%82%AC/%5Bx%5D%21%27%2A.yaml")]
    [InlineData("/tmp/a-b_c.d~e", "file:///tmp/a-b_c.d~e")]
    [InlineData("C:\\bots\\my bot\\a.yaml", "file:///C:/bots/my%20bot/a.yaml")]
    public void A_path_becomes_a_uri_with_every_segment_escaped_as_data(string path, string uri)
    {
        Assert.Equal(uri, FileUri.FromPath(path));
    }

    [Theory]
    [InlineData("/tmp/50%41off/a.yaml")]
    [InlineData("/tmp/my bot (copy) #1/a?.yaml")]
    [InlineData("/tmp/ü€/[x]!'*%zz.yaml")]
    [InlineData("/tmp/100%/%2F")]
    public void A_path_comes_back_from_its_uri_unchanged(string path)
    {
        Assert.Equal(path, FileUri.ToPath(FileUri.FromPath(path)));
    }

    [Theory]
    [InlineData("file:///tmp/a%2541/x.yaml", "/tmp/a%41/x.yaml")]
    [InlineData("file:///tmp/a%20b(c)/x.yaml", "/tmp/a b(c)/x.yaml")]
    [InlineData("file:///tmp/%E2%82%AC/x", "/tmp/€/x")]
    [InlineData("file://localhost/tmp/x.yaml", "/tmp/x.yaml")]
    [InlineData("file:///c:/bots/x.yaml", "c:/bots/x.yaml")]
    [InlineData("file:///C%3A/bots/x.yaml", "C:/bots/x.yaml")]
    public void A_uri_is_unescaped_exactly_once(string uri, string path)
    {
        Assert.Equal(path, FileUri.ToPath(uri));
    }

    [Theory]
    [InlineData("file://server/share/x.yaml")]
    [InlineData("file:///tmp/a%00/x.yaml")]
    [InlineData("untitled:Untitled-1")]
    [InlineData("https://example.com/x.yaml")]
    [InlineData("not a uri")]
    public void A_uri_that_names_no_local_file_has_no_path(string uri)
    {
        Assert.Null(FileUri.ToPath(uri));
    }
}
