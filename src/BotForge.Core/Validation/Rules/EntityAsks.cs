using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>The texts that ask for a public entity: what rules about the words of a prompt read.</summary>
internal static class EntityAsks
{
    /// <summary>
    /// The prompt and the reprompt of each use of a public entity read as <paramref name="reading"/> on an active node,
    /// as written in each of <paramref name="languages"/> itself (a text missing in one falls back to another's, which
    /// BF1028 reports): node by node, the prompt before the reprompt, in the languages' order.
    /// </summary>
    public static IEnumerable<(Node Node, EntityUse Use, string What, string Language, TextTemplate Text)> Of(RuleContext context, PublicReading reading, IReadOnlyList<string> languages)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.IsActive))
        {
            foreach (var use in node.Entities.Where(u => PublicEntities.ReadingOf(u.Entity) == reading))
            {
                foreach (var (response, what) in new[] { (use.Prompt, "prompt"), (use.Reprompt, "reprompt") })
                {
                    foreach (var language in languages)
                    {
                        var texts = response is null ? [] : response.Variants.SelectMany(v => v.Messages).OfType<TextMessage>()
                            .SelectMany(m => m.Text.Translations).Where(t => t.Key == language).Select(t => t.Value).Distinct();
                        foreach (var text in texts)
                        {
                            yield return (node, use, what, language, text);
                        }
                    }
                }
            }
        }
    }
}
