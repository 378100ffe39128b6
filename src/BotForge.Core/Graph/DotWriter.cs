using System.Globalization;
using System.Text;
using BotForge.Model;

namespace BotForge.Graph;

/// <summary>Graphviz DOT text: generated node ids, every label a quoted string with backslashes, quotes and line breaks escaped.</summary>
public static class DotWriter
{
    public static string Write(Flowchart chart, string name)
    {
        var text = new StringBuilder();
        text.Append("digraph \"").Append(Quote(name)).Append("\" {\n");
        text.Append("  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        var ids = chart.ShortIds();
        var groups = chart.Groups();
        for (var g = 0; g < groups.Count; g++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  subgraph cluster_{g} {{\n    label=\"{Quote(groups[g].Key)}\";\n    style=rounded;\n");
            foreach (var node in groups[g])
            {
                text.Append("    ").Append(ids[node.Id]).Append(" [").Append(Attributes(node)).Append("];\n");
            }

            text.Append("  }\n");
        }

        foreach (var edge in chart.Edges)
        {
            if (!ids.TryGetValue(edge.From, out var from) || !ids.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            var attributes = new List<string>();
            if (edge.Label.Length > 0)
            {
                attributes.Add($"label=\"{Quote(edge.Label)}\"");
            }

            attributes.AddRange(edge.Highlight switch
            {
                Highlight.Added => ["color=\"#1a7f37\"", "penwidth=2"],
                Highlight.Removed => ["color=\"#cf222e\"", "style=dashed"],
                Highlight.Changed => ["color=\"#9a6700\""],
                _ => [],
            });
            text.Append("  ").Append(from).Append(" -> ").Append(to);
            text.Append(attributes.Count > 0 ? " [" + string.Join(", ", attributes) + "]" : string.Empty).Append(";\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string Attributes(FlowNode node)
    {
        var label = (node.Start ? "▶ " : string.Empty) + node.Label + (node.Label == node.Id ? string.Empty : "\n" + node.Id);
        var attributes = new List<string>
        {
            $"label=\"{Quote(label)}\"",
            "shape=" + node.Type switch { NodeType.Code => "hexagon", NodeType.Output => "ellipse", _ => "box" },
        };
        if (node.Start)
        {
            attributes.Add("penwidth=3");
        }

        var styles = new List<string>();
        if (node.Inactive || node.Highlight == Highlight.Removed)
        {
            styles.Add("dashed");
        }

        var fill = node.Highlight switch { Highlight.Added => "#dafbe1", Highlight.Changed => "#fff8c5", Highlight.Removed => "#ffebe9", _ => null };
        if (fill is not null)
        {
            styles.Add("filled");
            attributes.Add($"fillcolor=\"{fill}\"");
        }

        if (styles.Count > 0)
        {
            attributes.Add($"style=\"{string.Join(',', styles)}\"");
        }

        return string.Join(", ", attributes);
    }

    /// <summary>Text for inside a DOT double-quoted string: the only escapes DOT reads there are backslash forms.</summary>
    public static string Quote(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => string.Empty,
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
