using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A regex entity whose pattern <c>^</c> and <c>$</c> tie to the whole message, where a node that collects it has a
/// user say holding a value the pattern would take without them (<c>please cancel booking SG-12345</c> for
/// <c>^SG-\d{5}$</c>): the author's own example of how users write it, which gives no value, so the user is asked
/// again for the code they wrote (and a sentence answering the prompt is reprompted).
/// </summary>
public sealed class AnchoredRegexRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2030", DiagnosticLevel.Warning, "Regex tied to the whole message where users write it in a sentence");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "anchored-regex";

    public override string Why => """
        A regex entity's pattern is searched in the user's message. With `^` at its start and `$` at its end it matches only a message that is the value alone: "SG-12345" gives a value, "please cancel booking SG-12345" and "it's SG-12345" give none. Where a node that collects the entity has a user say holding such a value in a sentence, the author has shown how users write it: those users are asked again for the code they have just written, and one who answers the prompt in a sentence gets the reprompt. Use `\b` (a word boundary) where the anchors are — `\bSG-\d{5}\b` — so the value is taken wherever it stands, and only whole. Judged on the user says of the nodes that collect the entity, for a value the engine takes from a message that reaches the node (a code: digits, and no words); a pattern with `|` is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: CANCEL
            start: true
            end: true
            user_says: [cancel my booking, please cancel booking SG-12345]
            entities:
              - entity: booking_ref
                prompt: What is your booking reference?
        """, At: "entities.yaml:4:14")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: booking_ref
                    type: regex
                    pattern: '^SG-\d{5}$'
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix(@"'^SG-\d{5}$'", @"'\bSG-\d{5}\b'");

    public override void Check(RuleContext context)
    {
        var againstWords = RegexWordBoundaryRule.CodesAgainstWords(context.Bot.Bot);
        // Each regex entity once, judged on the user says of every node that collects it.
        var uses = context.Bot.Nodes
            .SelectMany(node => node.Entities.Where(u => u.Entity.Definition is { Type: EntityType.Regex, Pattern: not null }).Select(use => (use.Entity, Node: node)))
            .GroupBy(u => u.Entity.Definition!, ReferenceEqualityComparer.Instance);
        foreach (var group in uses)
        {
            var entity = (EntityDefinition)group.Key!;
            var pattern = entity.Pattern!;
            if (InvalidRegexRule.Problem(pattern) is not null || Unanchored(pattern) is not { } free)
            {
                continue;
            }

            // A value the engine takes from such a message has a digit: user says without one are passed over unmatched.
            var found = group
                .SelectMany(use => use.Node.UserSays.ByLanguage.SelectMany(l => l.Value).Select(u => (use.Entity, use.Node, u.Text)))
                .Where(said => said.Text.Any(char.IsAsciiDigit))
                .Select(said => (said.Node, said.Text, Value: EntityExtractor.RegexMatch(free, said.Text.Trim())?.Value, said.Entity))
                .FirstOrDefault(said => said.Value is { } value && EntityExtractor.TakenOutsideItsAnswer(said.Entity, new EntityValue(value, value), said.Text)
                    && EntityExtractor.RegexMatch(pattern, said.Text.Trim()) is null);
            if (found.Value is { } taken)
            {
                context.Report(entity.PatternLocation ?? entity.NameLocation,
                    $"the pattern of {entity.Name} is tied to the whole message by ^ and $, so '{found.Text}' (a user say of {found.Node.SystemName}) gives no value, though it holds '{taken}': a user who writes it so is asked for it again",
                    againstWords
                        ? $"say there is no Latin letter or digit where the anchors are (\\b finds no edge beside a code written against a word, as this bot's language writes it), so a value in a sentence is taken, and only whole: '{WordBounded(pattern, taken, true)}'"
                        : $"use \\b where the anchors are, so a value in a sentence is taken, and only whole: '{WordBounded(pattern, taken, false)}'");
            }
        }
    }

    /// <summary>The pattern without its leading <c>^</c> and trailing <c>$</c>; null when it has neither, or has alternatives.</summary>
    private static string? Unanchored(string pattern)
    {
        if (pattern.Contains('|', StringComparison.Ordinal))
        {
            return null;
        }

        var start = pattern.StartsWith('^');
        var end = pattern.EndsWith('$') && !pattern.EndsWith(@"\$", StringComparison.Ordinal);
        return start || end ? pattern[(start ? 1 : 0)..(end ? ^1 : ^0)] : null;
    }

    /// <summary>
    /// The pattern with <c>\b</c> for an anchor next to a letter or digit of the value (a boundary beside anything
    /// else would demand one more), or in a bot in a language that writes codes against words its look-arounds (<see cref="RegexWordBoundaryRule.StartEdge"/>).
    /// </summary>
    private static string WordBounded(string pattern, string value, bool againstWords)
    {
        var start = pattern.StartsWith('^') && char.IsLetterOrDigit(value[0]);
        var end = pattern.EndsWith('$') && !pattern.EndsWith(@"\$", StringComparison.Ordinal) && char.IsLetterOrDigit(value[^1]);
        return (start ? RegexWordBoundaryRule.StartEdge(againstWords) : string.Empty) + Unanchored(pattern) + (end ? RegexWordBoundaryRule.EndEdge(againstWords) : string.Empty);
    }
}
