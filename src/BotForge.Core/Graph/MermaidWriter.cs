using System.Globalization;
using System.Text;
using BotForge.Model;

namespace BotForge.Graph;

/// <summary>
/// Mermaid flowchart text. Node ids are generated (<c>n0</c>, <c>n1</c>, …), never author text; every label is
/// quoted and any character that Mermaid or Markdown could read as syntax is written as a <c>#code;</c> entity,
/// so a name with quotes, brackets, pipes, arrows, backticks or HTML stays a label.
/// </summary>
public static class MermaidWriter
{
    public static string Write(Flowchart chart, string direction = "TD")
    {
        var text = new StringBuilder();
        text.Append("flowchart ").Append(direction).Append('\n');
        var ids = chart.ShortIds();
        var groups = chart.Groups();
        for (var g = 0; g < groups.Count; g++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  subgraph g{g}[\"{Label(groups[g].Key)}\"]\n");
            foreach (var node in groups[g])
            {
                text.Append("    ").Append(ids[node.Id]).Append(Shape(node)).Append('\n');
            }

            text.Append("  end\n");
        }

        foreach (var edge in chart.Edges)
        {
            if (!ids.TryGetValue(edge.From, out var from) || !ids.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            var arrow = edge.Highlight == Highlight.Removed ? "-.->" : edge.Highlight == Highlight.Added ? "==>" : "-->";
            text.Append("  ").Append(from).Append(' ').Append(arrow);
            if (edge.Label.Length > 0)
            {
                text.Append("|\"").Append(Label(edge.Label)).Append("\"|");
            }

            text.Append(' ').Append(to).Append('\n');
        }

        text.Append("  classDef start stroke-width:3px\n");
        text.Append("  classDef inactive stroke-dasharray:4 3,color:#888\n");
        text.Append("  classDef added fill:#dafbe1,stroke:#1a7f37\n");
        text.Append("  classDef changed fill:#fff8c5,stroke:#9a6700\n");
        text.Append("  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-dasharray:4 3\n");
        foreach (var (name, members) in Classes(chart))
        {
            text.Append("  class ").Append(string.Join(',', members.Select(m => ids[m]))).Append(' ').Append(name).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<(string Name, List<string> Members)> Classes(Flowchart chart)
    {
        (string Name, Func<FlowNode, bool> Has)[] classes =
        [
            ("start", n => n.Start),
            ("inactive", n => n.Inactive),
            ("added", n => n.Highlight == Highlight.Added),
            ("changed", n => n.Highlight == Highlight.Changed),
            ("removed", n => n.Highlight == Highlight.Removed),
        ];
        foreach (var (name, has) in classes)
        {
            var members = chart.Nodes.Where(has).Select(n => n.Id).ToList();
            if (members.Count > 0)
            {
                yield return (name, members);
            }
        }
    }

    /// <summary>Static nodes are rectangles, code nodes hexagons, output nodes rounded; the label says the system name too (once, for a node without a name).</summary>
    private static string Shape(FlowNode node)
    {
        var label = Label((node.Start ? "▶ " : string.Empty) + node.Label) + (node.Label == node.Id ? string.Empty : "<br/><small>" + Label(node.Id) + "</small>");
        return node.Type switch
        {
            NodeType.Code => "{{\"" + label + "\"}}",
            NodeType.Output => "(\"" + label + "\")",
            _ => "[\"" + label + "\"]",
        };
    }

    /// <summary>
    /// A label for inside double quotes: letters, digits, spaces and harmless punctuation as they are; anything
    /// else (quotes, brackets, pipes, angle brackets, backticks, #, ;, line breaks, and $, as Mermaid reads $$…$$ as
    /// math) as a numeric entity.
    /// </summary>
    public static string Label(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.ReplaceLineEndings(" ").EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == ' ' || (rune.IsAscii && ",.:?!'()_/+=@*^~-".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                result.Append(rune.ToString());
            }
            else
            {
                result.Append('#').Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return result.ToString();
    }
}
