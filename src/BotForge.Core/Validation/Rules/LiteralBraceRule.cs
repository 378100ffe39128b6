using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A regex entity's pattern with a <c>{</c> that starts no repetition, so both engines read it as the character.</summary>
public sealed partial class LiteralBraceRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2023", DiagnosticLevel.Warning, "Regex brace read as the character, not a repetition");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "literal-brace";

    public override string Why => """
        In a regular expression `{m,n}` repeats what comes before it. A brace that does not start such a repetition — one left unclosed (`'^.{10,500$'`), or with something else inside (`{10-500}`, `{ 3 }`) — is no error in Python's `re` or in .NET: both read it as the character `{`, and the entity then takes only messages that have a brace in them (`'^.{10,500$'` wants ten characters and the text `{10,500`), never what the author meant. Close the repetition, or write `\{` where a brace is meant.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [report a problem]
            entities:
              - entity: description
                prompt: What happened?
        """, At: "entities.yaml:4:14")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: description
                    type: regex
                    pattern: '^.{10,500$'
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("'^.{10,500$'", "'^.{10,500}$'");

    public override void Check(RuleContext context)
    {
        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Regex && e.Pattern is not null))
        {
            // A pattern that does not compile, or that Python reads otherwise, is BF1024's.
            if (LiteralBrace(entity.Pattern!) is { } offset && InvalidRegexRule.Problem(entity.Pattern!) is null)
            {
                var at = entity.PatternLocation ?? entity.NameLocation;
                context.Report(at, $"the pattern of {entity.Name} has a '{{' (offset {offset}) that starts no repetition: Python and .NET read it as the character '{{'",
                    "close the repetition ({m}, {m,} or {m,n}), or write \\{ for a brace");
            }
        }
    }

    /// <summary>The offset of the first <c>{</c> outside a character class, not escaped, that starts no <c>{m}</c>, <c>{m,}</c> or <c>{m,n}</c>; else null.</summary>
    public static int? LiteralBrace(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    // A ']' first in a class (after an optional '^') is the character.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        i++;
                    }

                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '{' when !inClass && !Repetition().IsMatch(pattern.AsSpan(i)):
                    return i;
            }
        }

        return null;
    }

    /// <remarks><c>{,n}</c> is a repetition to Python and the characters to .NET: BF1024's, not this rule's.</remarks>
    [GeneratedRegex(@"^\{([0-9]+(,[0-9]*)?|,[0-9]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Repetition();
}
