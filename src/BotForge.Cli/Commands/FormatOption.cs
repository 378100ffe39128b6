using System.CommandLine;
using BotForge.Cli.Output;

namespace BotForge.Cli.Commands;

/// <summary>The shared <c>--format</c> option.</summary>
internal static class FormatOption
{
    public static Option<DiagnosticFormat> Create() => new("--format", "-f")
    {
        Description = "How to print diagnostics: text (default), json, github (workflow annotations) or sarif (SARIF 2.1.0).",
        DefaultValueFactory = _ => DiagnosticFormat.Text,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "text";
            if (Enum.TryParse<DiagnosticFormat>(token, ignoreCase: true, out var value))
            {
                return value;
            }

            result.AddError($"'{token}' is not a format; use text, json, github or sarif.");
            return DiagnosticFormat.Text;
        },
    };
}
