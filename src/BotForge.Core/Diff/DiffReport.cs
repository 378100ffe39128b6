using System.Globalization;
using System.Text;
using BotForge.Graph;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Diff;

/// <summary>How <see cref="DiffReport"/> writes: Markdown for pull-request comments, or plain text for terminals.</summary>
public enum DiffReportFormat
{
    Markdown,
    Text,
}

/// <summary>
/// A diff for people: the summary, the risks, then the changes grouped by what they belong to (bot, env, stories,
/// each node, entities, taskbox, FAQ). Markdown adds a Mermaid picture of the changed nodes and folds long parts
/// into <c>&lt;details&gt;</c>. Author text always goes through <see cref="Markdown"/> (or is shown as is in text).
/// </summary>
public sealed class DiffReport
{
    /// <summary>Groups with more lines than this are folded in Markdown.</summary>
    private const int FoldAfter = 8;

    /// <summary>
    /// The most characters of a Markdown report: a GitHub comment holds 65,536, and the CI workflow adds a line. A
    /// report that would be longer shows what fits, whole groups only, and says how many changes it leaves out.
    /// </summary>
    public const int MarkdownLimit = 60_000;

    private readonly DiffReportFormat _format;
    private readonly StringBuilder _out = new();
    private readonly Dictionary<string, Node> _oldNodes;
    private readonly Dictionary<string, Node> _newNodes;

    private DiffReport(DiffReportFormat format, BotModel old, BotModel @new)
    {
        _format = format;
        _oldNodes = old.NodesBySystemName();
        _newNodes = @new.NodesBySystemName();
    }

    private bool IsMarkdown => _format == DiffReportFormat.Markdown;

    public static string Write(BotDiff diff, BotModel old, BotModel @new, DiffReportFormat format)
    {
        var report = new DiffReport(format, old, @new);
        report.WriteAll(diff, old, @new);
        return report._out.ToString();
    }

    private void WriteAll(BotDiff diff, BotModel old, BotModel @new)
    {
        if (IsMarkdown)
        {
            Line($"## BotForge diff: {Markdown.Code(diff.New.BotId)}");
            Line();
            Line($"{Markdown.Code(diff.Old.Source)} → {Markdown.Code(diff.New.Source)}: {Markdown.Text(diff.Summary())}");
        }
        else
        {
            Line($"{diff.New.BotId}: {diff.Old.Source} -> {diff.New.Source}: {diff.Summary()}");
        }

        if (diff.Risks.Count > 0)
        {
            Heading($"Risks ({diff.Risks.Count.ToString(CultureInfo.InvariantCulture)})");
            var lines = diff.Risks.Select(r => IsMarkdown ? $"- ⚠️ **{r.Kind}**: {Markdown.Text(r.Message)}" : $"  ! {r.Kind}: {r.Message}").ToList();

            // In Markdown the risks take half the limit at most, so the changes have room too.
            var shown = IsMarkdown ? Fitting(lines, MarkdownLimit / 2) : lines.Count;
            Fold(lines[..shown], "more risks", keep: 10);
            if (shown < lines.Count)
            {
                LeftOut(lines.Count - shown, "risks");
            }
        }

        if (diff.IsEmpty)
        {
            return;
        }

        if (IsMarkdown && diff.ChangedNodes.Count > 0)
        {
            var chart = DiffFlowchart.Of(diff, old, @new);
            Heading("Changed nodes and their neighbours");
            Line("<details open><summary>Flowchart (green: added, yellow: changed, red: removed)</summary>");
            Line();
            _out.Append(Markdown.Block("mermaid", MermaidWriter.Write(chart, "LR")));
            if (chart.Omitted > 0)
            {
                Line();
                Line($"{chart.Omitted.ToString(CultureInfo.InvariantCulture)} more changed nodes are not drawn.");
            }

            Line();
            Line("</details>");
        }

        var written = 0;
        foreach (var area in diff.Changes.GroupBy(c => c.Area))
        {
            var areaStart = _out.Length;
            Heading(AreaTitle(area.Key));
            var headed = _out.Length;
            foreach (var group in area.GroupBy(c => c.Id))
            {
                var before = _out.Length;
                var changes = group.ToList();
                WriteGroup(area.Key, group.Key, changes);
                if (IsMarkdown && _out.Length > MarkdownLimit - 200)
                {
                    // Whole groups only, an area's heading with its first group; then what is left out.
                    _out.Length = before == headed ? areaStart : before;
                    LeftOut(diff.Changes.Count - written, "changes");
                    return;
                }

                written += changes.Count;
            }
        }
    }

    /// <summary>The line that ends a Markdown report cut at <see cref="MarkdownLimit"/>: how many of what it leaves out.</summary>
    private void LeftOut(int count, string what)
    {
        Line();
        Line($"{count.ToString(CultureInfo.InvariantCulture)} more {what} are not shown here (a comment's size is limited): `botforge diff` lists them all.");
    }

    /// <summary>How many of <paramref name="lines"/>, from the first, fit in <paramref name="budget"/> characters.</summary>
    private static int Fitting(List<string> lines, int budget)
    {
        var count = 0;
        for (var used = 0; count < lines.Count && (used += lines[count].Length + 1) <= budget; count++)
        {
        }

        return count;
    }

    private static string AreaTitle(DiffArea area) => area switch
    {
        DiffArea.Bot => "Bot",
        DiffArea.Business => "Business settings",
        DiffArea.Env => "Env variables",
        DiffArea.Integration => "Integrations",
        DiffArea.Story => "Stories",
        DiffArea.SubStory => "Sub-stories",
        DiffArea.Node => "Nodes",
        DiffArea.Entity => "Entities",
        DiffArea.Taskbox => "Taskbox",
        DiffArea.Faq => "FAQ",
        _ => area.ToString(),
    };

    private void WriteGroup(DiffArea area, string id, List<DiffChange> changes)
    {
        var whole = changes.FirstOrDefault(c => c.Field.Length == 0);
        var title = area == DiffArea.Node ? NodeTitle(id) : Code(id);
        var state = whole?.Kind switch
        {
            ChangeKind.Added => "added",
            ChangeKind.Removed => "removed",
            ChangeKind.Moved => $"moved from {Code(whole.Old!)}",
            _ => null,
        };
        var lines = new List<string>();
        if (whole is { Kind: ChangeKind.Added or ChangeKind.Removed } && (whole.New ?? whole.Old) is { } summary)
        {
            lines.AddRange(summary.Split('\n').Skip(area == DiffArea.Node ? 1 : 0).Select(Plain));
        }

        foreach (var field in changes.Where(c => c.Field.Length > 0).GroupBy(c => c.Field))
        {
            lines.AddRange(FieldLines(field.Key, field.ToList()));
        }

        var head = state is null ? title : $"{title} — {state}";
        if (IsMarkdown)
        {
            if (area is DiffArea.Bot or DiffArea.Business or DiffArea.Integration or DiffArea.Taskbox)
            {
                // One of a kind: the section heading names it already.
                (lines.Count == 0 ? [head] : lines).ForEach(l => Line("- " + l));
            }
            else if (lines.Count == 0)
            {
                Line($"- {head}");
            }
            else
            {
                Line($"#### {head}");
                Fold(lines.Select(l => "- " + l).ToList(), "more changes", keep: FoldAfter);
                Line();
            }
        }
        else
        {
            Line($"  {head}");
            foreach (var line in lines)
            {
                Line($"    {line}");
            }
        }
    }

    private string NodeTitle(string id)
    {
        var node = _newNodes.GetValueOrDefault(id) ?? _oldNodes.GetValueOrDefault(id);
        var name = node is null || node.Name == id ? string.Empty : IsMarkdown ? " · " + Markdown.Text(node.Name) : $" ({node.Name})";
        var place = node is null ? string.Empty : IsMarkdown ? $" <sub>{Markdown.Text(node.SubStory.StoryId + "/" + node.SubStory.Id)}</sub>" : $" in {node.SubStory.StoryId}/{node.SubStory.Id}";
        return Code(id) + name + place;
    }

    private IEnumerable<string> FieldLines(string field, List<DiffChange> changes)
    {
        var name = IsMarkdown ? $"**{Markdown.Text(field)}**" : field;
        if (field is "user_says" or "negative_user_says" or "questions")
        {
            // A set (user says, questions): one line, additions then removals.
            var added = changes.Where(c => c.Kind == ChangeKind.Added).Select(c => Quoted(c.New!)).ToList();
            var removed = changes.Where(c => c.Kind == ChangeKind.Removed).Select(c => Quoted(c.Old!)).ToList();
            var parts = new List<string>();
            if (added.Count > 0)
            {
                parts.Add($"+{added.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", added)}");
            }

            if (removed.Count > 0)
            {
                parts.Add($"−{removed.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", removed)}");
            }

            yield return $"{name}: {string.Join("; ", parts)}";
            yield break;
        }

        foreach (var change in changes)
        {
            yield return change.Kind switch
            {
                ChangeKind.Added => $"{name}: added {Quoted(change.New!)}",
                ChangeKind.Removed => $"{name}: removed (was {Quoted(change.Old!)})",
                ChangeKind.Renamed => $"{name}: renamed {Quoted(change.Old!)} → {Quoted(change.New!)}",
                ChangeKind.Moved => $"{name}: moved {Code(change.Old!)} → {Code(change.New!)}",
                ChangeKind.Retargeted => $"{name}: now leads to {Code(change.New!)} (was {Code(change.Old!)})",
                _ when field == "script" => $"{name}: changed\n{ScriptDiff(change.Old!, change.New!)}",
                _ => $"{name}: {Words(change.Old!, change.New!)}",
            };
        }
    }

    private string ScriptDiff(string old, string @new)
    {
        var lines = TextDiff.Lines(old, @new);
        var shown = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2)).Any(j => lines[j].Kind != SegmentKind.Same);
            if (!near)
            {
                continue;
            }

            var mark = lines[i].Kind switch { SegmentKind.Deleted => '-', SegmentKind.Inserted => '+', _ => ' ' };
            shown.Append(mark).Append(IsMarkdown ? lines[i].Text : Printable.Escape(lines[i].Text)).Append('\n');
        }

        if (IsMarkdown)
        {
            return "  <details><summary>script diff</summary>\n\n" + Markdown.Block("diff", shown.ToString()) + "\n  </details>";
        }

        return string.Join("\n", shown.ToString().TrimEnd('\n').Split('\n').Select(l => "      " + l));
    }

    private string Words(string old, string @new)
    {
        if (IsMarkdown)
        {
            return Markdown.WordDiff(old, @new);
        }

        var text = new StringBuilder();
        foreach (var segment in TextDiff.Words(old, @new))
        {
            text.Append(segment.Kind switch
            {
                SegmentKind.Deleted => "[-" + segment.Text + "-]",
                SegmentKind.Inserted => "{+" + segment.Text + "+}",
                _ => segment.Text,
            });
        }

        return Printable.Escape(text.ToString().ReplaceLineEndings(" / "));
    }

    private string Quoted(string text) => IsMarkdown ? "“" + Markdown.Text(text) + "”" : "\"" + Printable.Escape(text.ReplaceLineEndings(" / ")) + "\"";

    private string Plain(string text) => IsMarkdown ? Markdown.Text(text) : text;

    private string Code(string text) => IsMarkdown ? Markdown.Code(text) : text;

    private void Heading(string title)
    {
        if (_out.Length > 0 && !(_out.Length >= 2 && _out[^1] == '\n' && _out[^2] == '\n'))
        {
            Line();
        }

        Line(IsMarkdown ? $"### {title}" : title + ":");
    }

    /// <summary>The first <paramref name="keep"/> lines, and in Markdown the rest folded (text shows them all).</summary>
    private void Fold(List<string> lines, string what, int keep)
    {
        if (!IsMarkdown || lines.Count <= keep + 2)
        {
            lines.ForEach(l => Line(l));
            return;
        }

        lines.Take(keep).ToList().ForEach(l => Line(l));
        Line();
        Line($"<details><summary>{(lines.Count - keep).ToString(CultureInfo.InvariantCulture)} {what}</summary>");
        Line();
        lines.Skip(keep).ToList().ForEach(l => Line(l));
        Line();
        Line("</details>");
    }

    /// <summary>
    /// One line of the report (a script diff passes several). In the text form, control characters of author text,
    /// names and paths are shown as escapes, so nothing in a bot can drive the terminal or forge a line; author
    /// line breaks become " / " where the text enters (<see cref="Words"/>, quotes; the script diff is per line), so a '\n' here is ours.
    /// </summary>
    private void Line(string text = "") =>
        _out.Append(IsMarkdown ? text : string.Join('\n', text.Split('\n').Select(Printable.Escape))).Append('\n');
}
