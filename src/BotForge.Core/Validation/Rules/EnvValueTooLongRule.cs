using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A staging or production value of an env variable longer than 50 characters.</summary>
public sealed class EnvValueTooLongRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1025", DiagnosticLevel.Error, "Env value longer than the platform's 50 characters");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "env-value-too-long";

    public override string Why => """
        The platform stores env variable values of at most 50 characters; a longer value is rejected on release (or cut, breaking the URL or key). A secret's value, supplied at release, is checked then: `deploy` and `promote` stop before sending anything, naming the variable and its length.
        """;

    public override RuleExample Failing => new(ExampleBots.Hello, Project: "env:\n  HELP_URL: https://help.example.com/support/articles/contact-us-today\n", At: "botforge.yaml:5:3");

    public override RuleExample Fixed => new(ExampleBots.Hello, Project: "env:\n  HELP_URL: https://help.example.com/contact\n");

    public override void Check(RuleContext context)
    {
        foreach (var variable in context.Bot.Env)
        {
            var values = variable.Staging == variable.Production ? new[] { ("value", variable.Staging) } : [("staging value", variable.Staging), ("production value", variable.Production)];
            foreach (var (environment, value) in values)
            {
                if (value is { Length: > MaxLength })
                {
                    context.Report(variable.Location, $"the {environment} of {variable.Name} has {value.Length} characters; the platform allows {MaxLength}",
                        "shorten it (e.g. a shorter host name)");
                }
            }
        }
    }

    private const int MaxLength = EnvVariable.MaxValueLength;
}
