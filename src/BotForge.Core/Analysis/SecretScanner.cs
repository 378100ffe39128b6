using System.Text.RegularExpressions;

namespace BotForge.Analysis;

/// <summary>
/// Recognises values that look like credentials: the well-known token formats (private keys, cloud and chat
/// platform tokens, JWTs, Salesforce session ids), credentials in a URL, bearer tokens, and a quoted value
/// assigned to a password, secret, token or key. Reports what kind of secret and where, never the value.
/// </summary>
public static partial class SecretScanner
{
    /// <summary>A suspected secret: its kind (for the message) and its offset in the scanned text.</summary>
    public readonly record struct Hit(string Kind, int Offset);

    /// <summary>
    /// Each kind of secret, its pattern, and a text the pattern cannot match without (null: none is checked first).
    /// The URL pattern tries every word as a scheme and was most of the scan's time; without "://" it is skipped.
    /// </summary>
    private static readonly (string Kind, Regex Pattern, string? Needs)[] Patterns =
    [
        ("a private key", PrivateKey(), null),
        ("an AWS access key", AwsKey(), null),
        ("a GitHub token", GitHubToken(), null),
        ("a Slack token", SlackToken(), null),
        ("a Google API key", GoogleKey(), null),
        ("a Stripe secret key", StripeKey(), null),
        ("a JSON Web Token", Jwt(), null),
        ("a Salesforce session id", SalesforceSession(), null),
        ("a password in a URL", UrlCredentials(), "://"),
        ("a bearer token", Bearer(), null),
        ("a credential assigned inline", Assignment(), null),
    ];

    /// <summary>The first suspected secret in <paramref name="text"/>, or null.</summary>
    public static Hit? Find(string text)
    {
        if (text.Length < 8)
        {
            return null;
        }

        Hit? first = null;
        foreach (var (kind, pattern, needs) in Patterns)
        {
            if (needs is not null && !text.Contains(needs, StringComparison.Ordinal))
            {
                continue;
            }

            var match = pattern.Match(text);
            if (match.Success && (first is null || match.Index < first.Value.Offset))
            {
                first = new Hit(kind, match.Index);
            }
        }

        return first;
    }

    /// <summary>
    /// True when an env variable's name says it holds a secret (TOKEN, SECRET, PASSWORD, API_KEY, PRIVATE_KEY, …),
    /// so an inline value for it is a secret written in git.
    /// </summary>
    public static bool IsSecretName(string name)
    {
        var words = name.ToUpperInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "SECRET" or "TOKEN" or "PASSWORD" or "PASSWD" or "PWD" or "CREDENTIAL" or "CREDENTIALS" or "APIKEY" or "PRIVATEKEY")
            {
                return true;
            }

            if (words[i] == "KEY" && i > 0 && words[i - 1] is "API" or "PRIVATE" or "SECRET" or "ACCESS" or "CLIENT" or "SIGNING")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_\-]{35}")]
    private static partial Regex GoogleKey();

    [GeneratedRegex(@"\b[rs]k_live_[0-9A-Za-z]{16,}")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{40,}")]
    private static partial Regex SalesforceSession();

    /// <summary><c>scheme://user:password@host</c>; a <c>${...}</c> placeholder as the password is fine.</summary>
    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s/:@]+:(?!\$\{)[^\s/@]+@")]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"\b[Bb]earer\s+[A-Za-z0-9\-._~+/]{20,}")]
    private static partial Regex Bearer();

    /// <summary>
    /// <c>password = "…"</c>, <c>'api_key': '…'</c>, <c>privatekey: "…"</c>: a quoted literal of 8+ characters
    /// without spaces assigned to a credential-named key.
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:password|passwd|pwd|secret|client_?secret|api_?key|access_?token|auth_?token|private_?key|token)\b['""]?\s*[:=]\s*['""][^'""\s$%{}<>]{8,}['""]")]
    private static partial Regex Assignment();
}
