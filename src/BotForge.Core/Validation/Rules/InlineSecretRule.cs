using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>A value that looks like a credential written in a source file. The finding never shows the value.</summary>
public sealed class InlineSecretRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1029", DiagnosticLevel.Error, "Secret written inline in a source");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "inline-secret";

    public override string Why => """
        Bot sources live in git, are copied into build output and shown in diffs and pull requests; a credential written there is leaked to everyone who can read the repository. Secrets belong in env variables declared `secret: true`, whose values BotForge reads at deploy time. Checked: env values (any value whose variable's name says TOKEN, SECRET, PASSWORD, API_KEY, PRIVATE_KEY…, and any value in a known token format), every text the bot shows, URLs, raw HSL, action inputs, the integration base URL and hand-written scripts, line by line. Recognised formats: PEM private keys, AWS, GitHub, Slack, Google and Stripe keys, JSON Web Tokens, Salesforce session ids, passwords in URLs, bearer tokens, and a quoted value of 8 or more characters assigned to a password, secret, token or key. The message says what kind of secret it looks like, never the value. User says are not checked.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
            bot_says: Hello!
        """, Project: """
        env:
          ORDERS_API_TOKEN:
            staging: c2VjcmV0LXN0YWdpbmctdG9rZW4
        """, At: "botforge.yaml:5:3");

    public override RuleExample Fixed => Failing.Fix("ORDERS_API_TOKEN:\n    staging: c2VjcmV0LXN0YWdpbmctdG9rZW4", "ORDERS_API_TOKEN: { secret: true }");

    public override void Check(RuleContext context)
    {
        var bot = context.Bot;
        foreach (var variable in bot.Env.Where(v => !v.Secret))
        {
            var values = variable.Staging == variable.Production
                ? new[] { ("", variable.Staging) }
                : [("staging ", variable.Staging), ("production ", variable.Production)];
            foreach (var (environment, value) in values)
            {
                if (value is null)
                {
                    continue;
                }

                if (SecretScanner.Find(value) is { } hit)
                {
                    Report(context, variable.Location, $"the {environment}value of the env variable {variable.Name} looks like {hit.Kind}");
                }
                else if (SecretScanner.IsSecretName(variable.Name) && value.Length >= 8 && !value.Contains("://", StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace))
                {
                    Report(context, variable.Location, $"the env variable {variable.Name} is named as a secret but has an inline {environment}value");
                }
            }
        }

        foreach (var (owner, location, text) in Values(bot))
        {
            if (SecretScanner.Find(text) is { } hit)
            {
                Report(context, location, $"a value of {owner} looks like {hit.Kind}");
            }
        }

        foreach (var script in bot.Nodes.Select(n => n.Code).OfType<ScriptStep>().DistinctBy(s => s.RelativePath))
        {
            var offset = 0;
            foreach (var line in script.Source.Split('\n'))
            {
                if (SecretScanner.Find(line) is { } hit)
                {
                    Report(context, new SourceLocation(script.File, new TextSpan(offset + hit.Offset, offset + hit.Offset)), $"{script.RelativePath} has what looks like {hit.Kind}");
                }

                offset += line.Length + 1;
            }
        }
    }

    private static void Report(RuleContext context, SourceLocation at, string message) =>
        context.Report(at, message + " (value not shown)",
            "move it to an env variable with 'secret: true' (its value is supplied at deploy time), and rotate the credential: it is in git history now");

    /// <summary>Every author value that is not a user say: texts, URLs, raw HSL, action inputs, the integration base URL.</summary>
    private static IEnumerable<(string Owner, SourceLocation Location, string Text)> Values(BotModel bot)
    {
        foreach (var (owner, text) in ModelText.Texts(bot))
        {
            foreach (var (_, template) in text.Translations)
            {
                yield return (owner, template.Location, template.Raw);
            }
        }

        foreach (var (owner, response) in ModelText.Responses(bot))
        {
            foreach (var message in response.Variants.SelectMany(v => v.Messages))
            {
                foreach (var (location, url) in Urls(message))
                {
                    yield return (owner, location, url);
                }
            }
        }

        foreach (var faq in bot.Faq.Where(f => f.Link is not null))
        {
            yield return ($"the FAQ {faq.Id}", faq.Location, faq.Link!.Url);
        }

        foreach (var task in bot.Taskbox?.Tasks ?? [])
        {
            if (task.Icon is { } icon)
            {
                yield return ("a taskbox task", task.Location, icon);
            }
        }

        foreach (var node in bot.Nodes)
        {
            if (node.Code is ActionStep action)
            {
                foreach (var argument in action.Arguments)
                {
                    var values = argument.Template is { } template ? [template.Raw] : argument.List ?? [];
                    foreach (var value in values)
                    {
                        yield return ($"{node.SystemName} ({argument.Name})", argument.Location, value);
                    }
                }
            }
        }

        if (bot.Salesforce is { } salesforce)
        {
            yield return ("integrations.salesforce", salesforce.BaseUrl.Location, salesforce.BaseUrl.Raw);
        }
    }

    private static IEnumerable<(SourceLocation Location, string Url)> Urls(Message message) => message switch
    {
        ButtonsMessage m => m.Buttons.Where(b => b.Url is not null).Select(b => (b.Location, b.Url!)),
        CarouselMessage m => m.Items.SelectMany(i => i.Buttons.Where(b => b.Url is not null).Select(b => (b.Location, b.Url!))
            .Concat(i.Image is null ? [] : [(i.Location, i.Image)])),
        ImageMessage m => [(m.Location, m.Url)],
        RawHslMessage m => [(m.Location, m.Hsl.ToJsonString())],
        _ => [],
    };
}
