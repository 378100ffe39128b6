using System.Text;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>Every utterance that trains intent detection, with who owns it, and the normal form used to compare them.</summary>
internal static class UserSays
{
    /// <summary>Each utterance with who owns it and where it leads: a node's user says lead to the node, a connection's to its target.</summary>
    public static IEnumerable<(string Owner, string Destination, Utterance Utterance)> All(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes)
        {
            foreach (var utterance in node.UserSays.All)
            {
                yield return (node.SystemName, node.SystemName, utterance);
            }

            foreach (var connection in node.Connections)
            {
                if (connection.Condition is UserSaysCondition condition)
                {
                    foreach (var utterance in condition.UserSays.All)
                    {
                        yield return ($"the connection {node.SystemName} → {connection.TargetName}", connection.TargetName, utterance);
                    }
                }
            }
        }
    }

    /// <summary>Lower case, punctuation and symbols dropped, runs of spaces made one: "Where is my order?" → "where is my order".</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
