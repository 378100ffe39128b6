using System.Text.RegularExpressions;
using BotForge.Text;

namespace BotForge.Diff;

public enum SegmentKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A run of text (words or lines) that is the same on both sides, only in OLD, or only in NEW.</summary>
public sealed record Segment(SegmentKind Kind, string Text);

/// <summary>
/// Word-level and line-level differences by longest common subsequence. Texts in a bot are short; beyond
/// <see cref="MaxCells"/> comparisons (a long script rewritten) the whole text counts as replaced, so the cost
/// stays bounded.
/// </summary>
public static partial class TextDiff
{
    private const long MaxCells = 4_000_000;

    /// <summary>Words, spaces and punctuation as separate tokens, so a changed word shows alone.</summary>
    public static IReadOnlyList<Segment> Words(string old, string @new) =>
        Merge(JoinAcrossSpaces(Diff(Token().Matches(old).Select(m => m.Value).ToArray(), Token().Matches(@new).Select(m => m.Value).ToArray())));

    /// <summary>
    /// A lone space between two changes belongs to both, so "a b" → "c d" reads as one replacement; so does a lone
    /// character of Chinese or Japanese, read a character at a time ("订单" → "预订" is one replacement, not "{+预+}订[-单-]").
    /// </summary>
    private static List<Segment> JoinAcrossSpaces(List<Segment> segments)
    {
        var result = new List<Segment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (s.Kind == SegmentKind.Same && (string.IsNullOrWhiteSpace(s.Text) || CharacterAtATime().IsMatch(s.Text)) && i > 0 && i + 1 < segments.Count
                && segments[i - 1].Kind != SegmentKind.Same && segments[i + 1].Kind != SegmentKind.Same)
            {
                result.Add(new(SegmentKind.Deleted, s.Text));
                result.Add(new(SegmentKind.Inserted, s.Text));
            }
            else
            {
                result.Add(s);
            }
        }

        return result;
    }

    /// <summary>Lines (without their line ends), one segment per line.</summary>
    public static IReadOnlyList<Segment> Lines(string old, string @new) =>
        Diff(old.Split('\n'), @new.Split('\n'));

    private static List<Segment> Diff(string[] a, string[] b)
    {
        // Common prefix and suffix first: most edits touch a small part.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var result = a[..start].Select(t => new Segment(SegmentKind.Same, t)).ToList();
        var n = endA - start;
        var m = endB - start;
        if ((long)n * m > MaxCells)
        {
            result.AddRange(a[start..endA].Select(t => new Segment(SegmentKind.Deleted, t)));
            result.AddRange(b[start..endB].Select(t => new Segment(SegmentKind.Inserted, t)));
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[start + i] == b[start + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[start + x] == b[start + y])
                {
                    result.Add(new(SegmentKind.Same, a[start + x]));
                    x++;
                    y++;
                }
                else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    // Deletions first, as in a unified diff.
                    result.Add(new(SegmentKind.Deleted, a[start + x]));
                    x++;
                }
                else
                {
                    result.Add(new(SegmentKind.Inserted, b[start + y]));
                    y++;
                }
            }
        }

        result.AddRange(a[endA..].Select(t => new Segment(SegmentKind.Same, t)));
        return result;
    }

    /// <summary>Neighbouring segments of one kind joined; a deletion always comes before the insertion beside it.</summary>
    private static List<Segment> Merge(List<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && merged[^1].Kind == segment.Kind)
            {
                merged[^1] = segment with { Text = merged[^1].Text + segment.Text };
            }
            else if (merged.Count > 0 && segment.Kind == SegmentKind.Deleted && merged[^1].Kind == SegmentKind.Inserted)
            {
                var inserted = merged[^1];
                merged[^1] = segment;
                if (merged.Count > 1 && merged[^2].Kind == SegmentKind.Deleted)
                {
                    merged[^2] = merged[^2] with { Text = merged[^2].Text + segment.Text };
                    merged[^1] = inserted;
                }
                else
                {
                    merged.Add(inserted);
                }
            }
            else
            {
                merged.Add(segment);
            }
        }

        return merged;
    }

    /// <summary>One character of the scripts <see cref="Token"/> reads a character at a time.</summary>
    [GeneratedRegex(@"^[" + Scripts.Cjk + "]$", RegexOptions.CultureInvariant)]
    private static partial Regex CharacterAtATime();

    /// <summary>
    /// A placeholder (<c>${output.slot}</c>) as one token, so a changed one shows whole; then words, spaces, and each
    /// other character. Chinese and Japanese, which put no space between words, a character at a time
    /// ("予約を[-キャンセル-]{+取り消+}しました", not the whole sentence); a run of Korean letters apart from the digits
    /// or Latin letters written against it ("[-3500-]{+4000+}원부터예요", not the whole word replaced).
    /// </summary>
    [GeneratedRegex(@"\$\{[^{}\s]*\}|[" + Scripts.Cjk + "]|[" + Scripts.Hangul + "]+|[\\w-[" + Scripts.Cjk + Scripts.Hangul + @"]]+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
