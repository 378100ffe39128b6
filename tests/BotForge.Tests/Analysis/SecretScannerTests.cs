using BotForge.Analysis;
using BotForge.Tests.Support;

namespace BotForge.Tests.Analysis;

/// <summary>What looks like a credential, and that BF1029 points at it without ever showing it.</summary>
public sealed class SecretScannerTests
{
    // Test values are assembled from parts so the repository itself holds no string a secret scanner would flag.
    private static readonly string GitHub = "ghp_" + new string('a', 18) + new string('B', 18);
    private static readonly string Aws = "AKIA" + "IOSFODNN7EXAMPLE";
    private static readonly string Slack = "xoxb-" + "123456789012-abcdefABCDEF";
    private static readonly string Jwt = "eyJ" + "hbGciOiJIUzI1NiJ9.eyJ" + "zdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    public static TheoryData<string, string> Secrets => new()
    {
        { "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEow...", "a private key" },
        { "-----BEGIN " + "PRIVATE KEY-----", "a private key" },
        { $"key = {Aws}", "an AWS access key" },
        { $"use {GitHub} here", "a GitHub token" },
        { Slack, "a Slack token" },
        { "AIza" + new string('x', 35), "a Google API key" },
        { "sk_live_" + new string('9', 24), "a Stripe secret key" },
        { Jwt, "a JSON Web Token" },
        { "00D" + "5g000004ZaYb!" + new string('Q', 48), "a Salesforce session id" },
        { "https://admin:hunter2hunter2@orders.example.com/api", "a password in a URL" },
        { "Authorization: Bearer " + new string('t', 32), "a bearer token" },
        { "password = 'correct-horse-battery'", "a credential assigned inline" },
        { "headers = {'privatekey': 'Zm9vYmFyYmF6cXV4'}", "a credential assigned inline" },
        { "API_KEY=\"0123456789abcdef\"", "a credential assigned inline" },
    };

    public static TheoryData<string> Clean =>
    [
        "Enter your password: we will never ask for it by email.",
        "Your token number is ${output.case_id}.",
        "https://acme.example.com/returns?ref=bot",
        "https://${env.USER}:${env.PASSWORD}@orders.example.com",
        "password = os.environ['SF_PASSWORD']",
        "token = event['body']['token']",
        "key: ${env.API_KEY}",
        "Bearer tokens are sent by the integration.",
        "ghp_short",
    ];

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Recognises_each_kind(string text, string kind)
    {
        Assert.Equal(kind, SecretScanner.Find(text)?.Kind);
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void Leaves_ordinary_text_alone(string text)
    {
        Assert.Null(SecretScanner.Find(text));
    }

    [Theory]
    [InlineData("ORDERS_API_TOKEN", true)]
    [InlineData("SF_PRIVATE_KEY", true)]
    [InlineData("STRIPE_API_KEY", true)]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("CLIENT_SECRET", true)]
    [InlineData("SF_BASE_URL", false)]
    [InlineData("SORT_KEY", false)]
    [InlineData("SF_CLIENT_ID", false)]
    public void Env_names_that_say_secret(string name, bool secret)
    {
        Assert.Equal(secret, SecretScanner.IsSecretName(name));
    }

    [Fact]
    public void Every_place_a_secret_can_hide_is_reported_and_no_finding_shows_it()
    {
        var password = "hunter2hunter2";
        using var project = TempProject.With(
            ("botforge.yaml", $$"""
                bot:
                  id: example
                  name: Example
                env:
                  SF_BASE_URL: https://integrations.example.com
                  SF_USERNAME: { secret: true }
                  SF_CLIENT_ID: { secret: true }
                  SF_PRIVATE_KEY: { secret: true }
                  LEGACY: {{Jwt}}
                integrations:
                  salesforce:
                    base_url: ${env.SF_BASE_URL}
                    username: ${env.SF_USERNAME}
                    client_id: ${env.SF_CLIENT_ID}
                    private_key: ${env.SF_PRIVATE_KEY}
                """),
            ("stories/main/flow.yaml", $$"""
                nodes:
                  - id: START
                    start: true
                    user_says: [check my order]
                    bot_says: "Open https://bot:{{password}}@orders.example.com to see it"
                    next:
                      - to: CHECK
                  - id: CHECK
                    type: code
                    script: scripts/check.py
                    outputs: [status]
                    next:
                      - to: DONE
                        when: status == true
                      - to: CASE
                        when: status == false
                  - id: DONE
                    type: output
                    end: true
                    bot_says: Done.
                  - id: CASE
                    type: code
                    action:
                      salesforce.create_case:
                        subject: "token: '{{GitHub}}'"
                    next:
                      - to: DONE
                        when: status == true
                      - to: DONE
                        when: status == false
                """),
            ("scripts/check.py", $$"""
                import json

                SLACK = '{{Slack}}'


                def main(event, context):
                    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {} }

                """));

        var found = Diagnose.Project(project.Root).Where(d => d.Code == "BF1029").ToList();

        Assert.Equal(
            ["./botforge.yaml:9", "./scripts/check.py:3", "./stories/main/flow.yaml:25", "./stories/main/flow.yaml:5"],
            found.Select(d => $"{d.Location!.File.Path}:{d.Location.Start.Line}").Order(StringComparer.Ordinal));
        Assert.Equal(10, found.Single(d => d.Location!.File.Path.EndsWith("check.py", StringComparison.Ordinal)).Location!.Start.Column);
        foreach (var secret in new[] { password, Jwt, GitHub, Slack })
        {
            Assert.All(found, d => Assert.DoesNotContain(secret, d.Message + d.Hint, StringComparison.Ordinal));
        }
    }
}
