using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A <c>patterns</c> entity's example whose tag <c>[text](name)</c> names no entity: it teaches nothing.</summary>
public sealed partial class UnknownTagRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1038", DiagnosticLevel.Error, "Tag in a patterns example that names no entity");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unknown-tag";

    public override string Why => """
        A patterns entity learns from the values its examples tag with its name, `[checking](source_account)`, and from the words around them. A tag with another name tags a value of that entity (an example may tag two, `from [checking](source_account) to [savings](target_account)`); a tag whose name is no entity at all, a misspelt one say (`[checking](source)`), tags nothing: the example teaches the entity neither the value nor its context, and nothing says so until conversations go wrong. Names are lower_snake_case: a tag written with another name (`[checking](Source Account)`) is read as plain text.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TRANSFER
            start: true
            end: true
            user_says: [transfer money]
            entities:
              - entity: source_account
                prompt: From which account?
            bot_says:
              final: Moving money from ${entity.source_account}.
        """, At: "entities.yaml:5:9")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: source_account
                    type: patterns
                    examples:
                      - move money from [checking](source) to savings
                      - out of my [savings](source_account) account
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("[checking](source)", "[checking](source_account)");

    public override void Check(RuleContext context)
    {
        var known = context.Bot.Entities.Select(e => e.Name).Concat(PublicEntities.Names).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Patterns))
        {
            foreach (var example in entity.Examples.Concat(entity.Negative))
            {
                foreach (Match tag in Tag().Matches(example.Text))
                {
                    var name = tag.Groups[2].Value;
                    if (!known.Contains(name))
                    {
                        // 'Source Account' is 'source_account' written as words.
                        var id = name.Trim().ToLowerInvariant().Replace(' ', '_');
                        var meant = known.Contains(id) ? id : Text.Suggestions.Closest(id, known);
                        context.Report(example.Location, $"the tag {tag.Value} names '{name}', which is no entity: the example teaches '{entity.Name}' nothing",
                            meant is null ? $"tag the value with the entity's name: [{tag.Groups[1].Value}]({entity.Name})" : $"did you mean '{meant}'? ([{tag.Groups[1].Value}]({meant}))");
                    }
                }
            }
        }
    }

    /// <summary>
    /// A tag of a patterns example as an author writes one: the value in brackets (group 1), any name in the parentheses
    /// (group 2; the extractor reads only lower_snake_case names). The editor's rename reads tags with it too.
    /// </summary>
    [GeneratedRegex(@"\[([^\]]+)\]\(([^)]*)\)", RegexOptions.CultureInvariant)]
    public static partial Regex Tag();
}
