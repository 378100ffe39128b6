using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>An env variable that no integration setting or other source refers to.</summary>
public sealed class UnusedEnvRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2008", DiagnosticLevel.Warning, "Env variable declared but never used");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unused-env";

    public override string Why => """
        An unused variable still has to be set, and kept secret, in every environment. It is usually left over from a rename.
        """;

    public override RuleExample Failing => new(ExampleBots.Hello, Project: """
        env:
          OLD_API_URL: https://old.example.com
        """, At: "botforge.yaml:5:3");

    public override RuleExample Fixed => new(ExampleBots.Hello);

    public override void Check(RuleContext context)
    {
        var used = Env.Referenced(context.Bot);
        foreach (var variable in context.Bot.Env.Where(v => !used.Contains(v.Name)))
        {
            context.Report(variable.Location, $"env variable {variable.Name} is declared but nothing uses it",
                "remove it, or read it with ${env." + variable.Name + "} in an integration setting");
        }
    }
}
