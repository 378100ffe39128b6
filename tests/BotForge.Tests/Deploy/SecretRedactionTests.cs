using BotForge.Deploy.Planning;

namespace BotForge.Tests.Deploy;

/// <summary>
/// <see cref="Secrets.Redact"/>: a message quoting a server keeps no secret, whole or in pieces of eight characters or
/// more (a value shorter than that, whole), and is otherwise unchanged.
/// </summary>
public sealed class SecretRedactionTests
{
    private static readonly (string Name, string Value)[] Known =
    [
        ("SF_USERNAME", "integration@acme.example"),
        ("SF_CLIENT_ID", "3MVG9-client-0123456789"),
        ("BOTFORGE_TOKEN", "Zq7#x"),
    ];

    [Theory]
    [InlineData("could not upload: busy", "could not upload: busy")]
    [InlineData("user integration@acme.example is locked", "user [secret SF_USERNAME] is locked")]
    [InlineData("bad client id '3MVG9-cl…'", "bad client id '[secret SF_CLIENT_ID]…'")]
    [InlineData("tail: 0123456789 end", "tail: [secret SF_CLIENT_ID] end")]
    [InlineData("seven: 0123456 stays", "seven: 0123456 stays")]
    [InlineData("token Zq7#x, not Zq7", "token [secret BOTFORGE_TOKEN], not Zq7")]
    [InlineData("integration@acme.example3MVG9-client-0123456789", "[secret SF_USERNAME]")]
    [InlineData("", "")]
    public void Every_secret_and_every_long_piece_of_one_is_replaced_by_its_name(string message, string shown) =>
        Assert.Equal(shown, Secrets.Redact(message, Known));

    [Fact]
    public void No_secrets_leave_the_text_as_it_is() =>
        Assert.Equal("integration@acme.example", Secrets.Redact("integration@acme.example", []));
}
