using System.Text.RegularExpressions;
using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// A <c>patterns</c> entity, learned from its tagged examples (<c>I was charged twice by [Amazon](merchant)</c>):
/// <list type="number">
/// <item>a message too close to a negative example (closer than to any positive one) holds no value;</item>
/// <item>a value or synonym of <c>values:</c>, or a value tagged in an example, found as whole words, is taken
/// as its canonical value (of several, the one the surrounding words support most; between equals, the longest);</item>
/// <item>otherwise a span of one to three words between the words that surround the tagged spans in the examples
/// (the one or two words before, the one or two after, the sentence's start or end) is taken as written,
/// lower-cased: evidence of two or more (a two-word context counts two, a one-word one, one) is needed, so one
/// common word never makes a value; a span never holds a context word or an English function word, and between
/// equally supported spans the longer wins;</item>
/// <item>as the answer to its own prompt, a bare answer of up to three words is the value.</item>
/// </list>
/// Precision and recall on held-out sentences are measured by a test and reported in docs/testing.md.
/// </summary>
internal sealed partial class PatternsExtractor
{
    private const int MaxSpan = 3;

    /// <summary>The edges of a sentence, as context words: a value tagged first or last has the edge beside it.</summary>
    private const string Edge = "\u0002";

    /// <summary>Words a value is never made of (English function words): a span stops at them.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "i", "me", "my", "mine", "you", "your", "we", "our",
        "he", "she", "they", "them", "his", "her", "their", "is", "was", "are", "were", "be", "been", "am", "do", "did", "does",
        "and", "or", "but", "so", "to", "of", "for", "from", "in", "on", "at", "by", "with", "about", "as", "into", "please",
        "not", "no", "yes", "some", "any", "what", "which", "who", "why", "how", "when", "where", "can", "could", "would", "will",
    };

    private readonly List<(string Variant, string Value)> _lexicon = [];

    /// <summary>The words of each variant of <see cref="_lexicon"/>, in its order.</summary>
    private readonly string[][] _lexiconWords;
    private readonly HashSet<string> _left1 = new(StringComparer.Ordinal);
    private readonly HashSet<string> _left2 = new(StringComparer.Ordinal);
    private readonly HashSet<string> _right1 = new(StringComparer.Ordinal);
    private readonly HashSet<string> _right2 = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>> _positives = [];
    private readonly List<HashSet<string>> _negatives = [];

    /// <summary>The negative examples as written, in the order of <see cref="_negatives"/>.</summary>
    private readonly List<string> _negativeTexts = [];

    public PatternsExtractor(EntityDefinition definition)
    {
        foreach (var value in definition.Values)
        {
            foreach (var variant in value.Variants.Select(u => u.Text).Prepend(value.Value))
            {
                AddLexicon(variant, value.Value);
            }
        }

        foreach (var example in definition.Examples)
        {
            var (words, spans) = Tag(example.Text, definition.Name);
            var tokens = Framed(words);
            foreach (var (spanStart, spanEnd) in spans)
            {
                var (start, end) = (spanStart + 1, spanEnd + 1);
                var span = string.Join(' ', tokens[start..end]);
                AddLexicon(span, Canonical(span) ?? span);
                AddContext(_left1, tokens, start - 1, start);
                AddContext(_left2, tokens, start - 2, start);
                AddContext(_right1, tokens, end, end + 1);
                AddContext(_right2, tokens, end, end + 2);
            }

            _positives.Add(Masked(words, spans));
        }

        foreach (var negative in definition.Negative)
        {
            var (tokens, spans) = Tag(negative.Text, definition.Name);
            _negatives.Add(Masked(tokens, spans));
            _negativeTexts.Add(negative.Text);
        }

        _lexicon.Sort((a, b) => b.Variant.Length.CompareTo(a.Variant.Length));
        _lexiconWords = [.. _lexicon.Select(l => l.Variant.Split(' '))];
    }

    /// <param name="message">The message.</param>
    /// <param name="prompted">The bot just asked for this entity: a bare answer counts.</param>
    /// <param name="notValues">Words no learned span is made of alone (the words of the node's own user says); a known value still counts.</param>
    public EntityValue? Extract(string message, bool prompted, IReadOnlySet<string>? notValues = null)
    {
        var words = Words(message);
        if (words.Length == 0 || IsNegative(words))
        {
            return null;
        }

        var tokens = Framed(words);
        if (Best(Mentions(tokens)) is { } known)
        {
            return known.Value;
        }

        // The best-supported span; between equals, the longer (a two-word name over its first word).
        (int Score, int Length, string Span)? best = null;
        for (var start = 1; start < tokens.Length - 1; start++)
        {
            for (var end = start + 1; end <= Math.Min(tokens.Length - 1, start + MaxSpan); end++)
            {
                var score = Evidence(tokens, start, end);
                if (score >= 2 && (notValues is null || !tokens[start..end].All(notValues.Contains)) && (best is null || score > best.Value.Score || (score == best.Value.Score && end - start > best.Value.Length)))
                {
                    best = (score, end - start, string.Join(' ', tokens[start..end]));
                }
            }
        }

        if (best is { } found)
        {
            return new EntityValue(found.Span, found.Span);
        }

        return prompted && words.Length <= MaxSpan ? new EntityValue(string.Join(' ', words), message.Trim()) : null;
    }

    /// <summary>
    /// Of the values named in a message (<see cref="Mentions(string)"/>), the one the words around it support most
    /// (<see cref="ContextEvidence"/>; where several are, "from Paris to Berlin" for an origin and a destination with
    /// the same cities), words before a sentence's edge; between equals, the longest, then the first; null for none.
    /// </summary>
    internal static Mention? Best(IEnumerable<Mention> mentions)
    {
        Mention? best = null;
        foreach (var mention in mentions)
        {
            if (best is not { } b || mention.Evidence > b.Evidence || (mention.Evidence == b.Evidence && mention.Words > b.Words))
            {
                best = mention;
            }
        }

        return best;
    }

    /// <summary>
    /// Every value of <c>values:</c> (or tagged in an example) in the message as whole words, longest variants first
    /// (a variant inside a longer one found, "york" in "new york", is not another), each with the support of the
    /// words around it; none when the message is too close to a negative example. Positions count the message's
    /// words from 1.
    /// </summary>
    public List<Mention> Mentions(string message)
    {
        var words = Words(message);
        return words.Length == 0 || IsNegative(words) ? [] : Mentions(Framed(words));
    }

    private List<Mention> Mentions(string[] tokens)
    {
        var found = new List<Mention>();
        var covered = new bool[tokens.Length];
        for (var k = 0; k < _lexicon.Count; k++)
        {
            var (variant, value) = _lexicon[k];
            var parts = _lexiconWords[k];
            for (var start = 1; start + parts.Length <= tokens.Length - 1; start++)
            {
                var end = start + parts.Length;
                if (!tokens.AsSpan(start, parts.Length).SequenceEqual(parts) || covered.AsSpan(start, parts.Length).Contains(true))
                {
                    continue;
                }

                covered.AsSpan(start, parts.Length).Fill(true);
                found.Add(new Mention(start, end, new EntityValue(value, variant), ContextEvidence(tokens, start, end), ContextEvidence(tokens, start, end, edges: false)));
            }
        }

        return found;
    }

    /// <summary>True when the two entities have a value (or variant) in common: one message can name it for both.</summary>
    public bool SharesValuesWith(PatternsExtractor other)
    {
        var theirs = other._lexicon.Select(l => l.Variant).ToHashSet(StringComparer.Ordinal);
        return _lexicon.Any(l => theirs.Contains(l.Variant));
    }

    /// <summary>How well the words around a span match the contexts of the tagged examples; a span made of context words has none.</summary>
    private int Evidence(string[] tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_left1.Contains(tokens[i]) || _right1.Contains(tokens[i]) || FunctionWords.Contains(tokens[i]))
            {
                return 0;
            }
        }

        return ContextEvidence(tokens, start, end);
    }

    /// <summary>
    /// How well the words around a span match the words around the tagged values of the examples: two for two words,
    /// one for one, on each side. Without <paramref name="edges"/>, a sentence's start or end counts for nothing.
    /// </summary>
    private int ContextEvidence(string[] tokens, int start, int end, bool edges = true)
    {
        bool Counts(string context) => edges || !context.Contains(Edge, StringComparison.Ordinal);
        var score = 0;
        score += start >= 2 && _left2.Contains(tokens[start - 2] + " " + tokens[start - 1]) && Counts(tokens[start - 2]) ? 2
            : start >= 1 && _left1.Contains(tokens[start - 1]) && Counts(tokens[start - 1]) ? 1 : 0;
        score += end + 2 <= tokens.Length && _right2.Contains(tokens[end] + " " + tokens[end + 1]) && Counts(tokens[end + 1]) ? 2
            : end < tokens.Length && _right1.Contains(tokens[end]) && Counts(tokens[end]) ? 1 : 0;
        return score;
    }

    /// <summary>True when the message, its values masked, is at least as close to a negative example as to every positive one.</summary>
    private bool IsNegative(string[] tokens)
    {
        if (_negatives.Count == 0)
        {
            return false;
        }

        var words = tokens.ToHashSet(StringComparer.Ordinal);
        var negative = _negatives.Max(n => Jaccard(words, n));
        var positive = _positives.Count == 0 ? 0 : _positives.Max(p => Jaccard(words, p));
        return negative >= 0.5 && negative >= positive;
    }

    /// <summary>The negative example that holds a message back (<see cref="IsNegative"/>: the closest one), as written; null when none does.</summary>
    internal string? HeldBackBy(string message)
    {
        var words = Words(message);
        if (words.Length == 0 || !IsNegative(words))
        {
            return null;
        }

        var set = words.ToHashSet(StringComparer.Ordinal);
        var closest = 0;
        for (var i = 1; i < _negatives.Count; i++)
        {
            closest = Jaccard(set, _negatives[i]) > Jaccard(set, _negatives[closest]) ? i : closest;
        }

        return _negativeTexts[closest];
    }

    /// <summary>The names an example's tags give (<c>[Delhi](city)</c>: city), as the extractor reads tags.</summary>
    internal static IEnumerable<string> TagNames(string example) => Annotation().Matches(example).Select(m => m.Groups[2].Value);

    /// <summary>An example as a user would write it: its tags' texts without the brackets.</summary>
    internal static string Untagged(string example) => Annotation().Replace(example, m => m.Groups[1].Value);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Count(b.Contains) / (a.Count + b.Count - a.Count(b.Contains));

    private string? Canonical(string span) => _lexicon.FirstOrDefault(l => l.Variant == span).Value;

    private void AddLexicon(string variant, string value)
    {
        var normal = string.Join(' ', Words(variant));
        if (normal.Length > 0 && _lexicon.All(l => l.Variant != normal))
        {
            _lexicon.Add((normal, value));
        }
    }

    private static void AddContext(HashSet<string> contexts, string[] tokens, int from, int to)
    {
        if (from >= 0 && to <= tokens.Length)
        {
            contexts.Add(string.Join(' ', tokens[from..to]));
        }
    }

    /// <summary>The words of a sentence (the format's normal form) and where its <c>[text](entity)</c> spans for this entity are.</summary>
    private static (string[] Tokens, List<(int Start, int End)> Spans) Tag(string example, string entity)
    {
        var tokens = new List<string>();
        var spans = new List<(int, int)>();
        var at = 0;
        foreach (Match match in Annotation().Matches(example))
        {
            tokens.AddRange(Words(example[at..match.Index]));
            var words = Words(match.Groups[1].Value);
            if (match.Groups[2].Value == entity && words.Length > 0)
            {
                spans.Add((tokens.Count, tokens.Count + words.Length));
            }

            tokens.AddRange(words);
            at = match.Index + match.Length;
        }

        tokens.AddRange(Words(example[at..]));
        return ([.. tokens], spans);
    }

    /// <summary>The example's words with each tagged span replaced by one marker, so values do not count in similarity.</summary>
    private static HashSet<string> Masked(string[] tokens, List<(int Start, int End)> spans)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (spans.Any(s => i >= s.Start && i < s.End))
            {
                words.Add("\u0001");
            }
            else
            {
                words.Add(tokens[i]);
            }
        }

        return words;
    }

    /// <summary>
    /// A value named in a message: where (words <see cref="Start"/> to <see cref="End"/>, counted from 1), and how well
    /// the words around it match those around the examples' tagged values, with the sentence's edges and without.
    /// </summary>
    internal readonly record struct Mention(int Start, int End, EntityValue Value, int Evidence, int Words)
    {
        /// <summary>True when the mention covers part of the words <paramref name="start"/> to <paramref name="end"/>.</summary>
        public bool Within(int start, int end) => Start < end && start < End;
    }

    /// <summary>The words with the sentence's edges around them.</summary>
    private static string[] Framed(string[] words) => [Edge, .. words, Edge];

    private static string[] Words(string text) => UserSays.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\[([^\]]+)\]\(([a-z0-9_]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Annotation();
}
