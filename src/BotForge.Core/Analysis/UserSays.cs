using System.Buffers;
using System.Text;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Analysis;

/// <summary>What trains intent detection: a node's user says, a connection's phrases, an FAQ's questions.</summary>
public enum UtteranceKind
{
    Node,
    Connection,
    Faq,
}

/// <summary>
/// An utterance that trains intent detection: who owns it, where it leads (a node's system name, or <c>faq:ID</c>),
/// and its normal form <see cref="Key"/>.
/// </summary>
public sealed record TrainingUtterance(UtteranceKind Kind, string Owner, string Destination, Utterance Utterance, string Key)
{
    /// <summary>The owning node for node user says and connection phrases (the connection's source), else null.</summary>
    public Node? Node { get; init; }

    /// <summary>The connection, for a connection's phrases; else null.</summary>
    public Connection? Connection { get; init; }

    /// <summary>The language it is written in (a key of <c>bot.languages</c>).</summary>
    public string Language { get; init; } = string.Empty;
}

/// <summary>Every utterance that trains intent detection, in source order, and the normal form used to compare them.</summary>
internal static class UserSays
{
    /// <summary>How a message names an utterance of <paramref name="kind"/>: a node's "user say", a connection's "phrase", an FAQ's "question".</summary>
    public static string Name(this UtteranceKind kind) => kind switch
    {
        UtteranceKind.Connection => "phrase",
        UtteranceKind.Faq => "question",
        _ => "user say",
    };

    /// <summary>Node user says and connection phrases in source order, then FAQ questions; normal forms are computed in parallel.</summary>
    public static List<TrainingUtterance> Collect(BotModel bot)
    {
        var found = new List<(UtteranceKind Kind, string Owner, string Destination, Utterance Utterance, Node? Node, Connection? Connection, string Language)>(Count(bot));
        foreach (var node in bot.Nodes)
        {
            foreach (var (language, utterances) in node.UserSays.ByLanguage)
            {
                foreach (var utterance in utterances)
                {
                    found.Add((UtteranceKind.Node, node.SystemName, node.SystemName, utterance, node, null, language));
                }
            }

            foreach (var connection in node.Connections)
            {
                if (connection.Condition is UserSaysCondition condition)
                {
                    var owner = $"the connection {node.SystemName} → {connection.TargetName}";
                    foreach (var (language, utterances) in condition.UserSays.ByLanguage)
                    {
                        foreach (var utterance in utterances)
                        {
                            found.Add((UtteranceKind.Connection, owner, connection.TargetName, utterance, node, connection, language));
                        }
                    }
                }
            }
        }

        foreach (var faq in bot.Faq)
        {
            foreach (var (language, utterances) in faq.Questions.ByLanguage)
            {
                foreach (var utterance in utterances)
                {
                    found.Add((UtteranceKind.Faq, $"the FAQ {faq.Id}", "faq:" + faq.Id, utterance, null, null, language));
                }
            }
        }

        var result = new TrainingUtterance[found.Count];
        Parallel.For(0, found.Count, i =>
        {
            var (kind, owner, destination, utterance, node, connection, language) = found[i];
            result[i] = new TrainingUtterance(kind, owner, destination, utterance, Normalize(utterance.Text)) { Node = node, Connection = connection, Language = language };
        });
        return [.. result];
    }

    /// <summary>How many utterances <see cref="Collect"/> finds: its list is made that long at once (on a large bot, growing it cost more than filling it).</summary>
    private static int Count(BotModel bot)
    {
        static int In(UtteranceSet set)
        {
            var count = 0;
            foreach (var (_, utterances) in set.ByLanguage)
            {
                count += utterances.Count;
            }

            return count;
        }

        var count = 0;
        foreach (var node in bot.Nodes)
        {
            count += In(node.UserSays);
            foreach (var connection in node.Connections)
            {
                count += connection.Condition is UserSaysCondition condition ? In(condition.UserSays) : 0;
            }
        }

        foreach (var faq in bot.Faq)
        {
            count += In(faq.Questions);
        }

        return count;
    }

    /// <summary>
    /// Each utterance whose normal form an earlier utterance of its language leading elsewhere already has <em>where
    /// the two compete for the same message</em>, with that first one. They compete as the engine matches them: start-node detection
    /// weighs the user says of the active start nodes and the FAQ questions together; at a node, its phrase
    /// connections are weighed against each other, each with the user says of its target when that is not a start
    /// node. A connection's phrases are never weighed against another node's connections, nor against detection.
    /// </summary>
    public static List<(TrainingUtterance Said, TrainingUtterance First)> Collisions(IReadOnlyList<TrainingUtterance> all)
    {
        // The nodes each non-start node is entered from by phrases the engine weighs: its user says train those
        // connections.
        var enteredFrom = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var connection in all.Where(IsWeighed).Select(u => (From: u.Node!.SystemName, To: u.Destination)).Distinct())
        {
            if (!enteredFrom.TryGetValue(connection.To, out var sources))
            {
                enteredFrom[connection.To] = sources = [];
            }

            sources.Add(connection.From);
        }

        // Each language is matched by a model of its own: utterances compete only with those of their language.
        var byLanguage = new Dictionary<string, Dictionary<(string? Arena, string Key), TrainingUtterance>>(StringComparer.Ordinal);
        var collisions = new List<(TrainingUtterance, TrainingUtterance)>();
        foreach (var said in all.Where(u => u.Key.Length > 0))
        {
            if (!byLanguage.TryGetValue(said.Language, out var first))
            {
                byLanguage[said.Language] = first = new(all.Count);
            }

            var arenas = Arenas(said, enteredFrom);
            for (var i = 0; i < arenas.Count; i++)
            {
                if (!first.TryAdd((arenas[i], said.Key), said) && first[(arenas[i], said.Key)] is var seen && seen.Destination != said.Destination)
                {
                    collisions.Add((said, seen));
                    break;
                }
            }
        }

        return collisions;
    }

    /// <summary>Where an utterance competes: detection (null), or the system name of a node, for its connections.</summary>
    private static IReadOnlyList<string?> Arenas(TrainingUtterance said, Dictionary<string, List<string>> enteredFrom) => said.Kind switch
    {
        UtteranceKind.Connection => IsWeighed(said) ? [said.Node!.SystemName] : [],
        _ when TrainsDetection(said) => Detection,
        _ when said.Node is { IsStart: false } node => enteredFrom.GetValueOrDefault(node.SystemName) ?? [],
        _ => [],
    };

    private static readonly string?[] Detection = [null];

    /// <summary>
    /// True for what start-node detection chooses among: an FAQ question, a user say of an active start node (an
    /// inactive node is never entered). BF1023's arenas, BF2009's targets and BF2013's shortcut read it.
    /// </summary>
    public static bool TrainsDetection(TrainingUtterance said) =>
        said.Kind == UtteranceKind.Faq || said is { Kind: UtteranceKind.Node, Node: { IsStart: true, IsActive: true } };

    /// <summary>
    /// True for a connection's phrase the engine weighs: at an active node (a conversation is never at an inactive
    /// one), on a connection into an active node (one into an inactive node is never taken, BF2016). BF1023's
    /// arenas and BF2009's targets read it.
    /// </summary>
    public static bool IsWeighed(TrainingUtterance said) =>
        said is { Kind: UtteranceKind.Connection, Node.IsActive: true, Connection.ActiveTarget: not null };

    /// <summary>
    /// The utterances of one list without repeats: the first of each normal form, in order. What the bundle and the
    /// FAQ CSV are given (a repeat trains nothing more); BF2012 reports the repeats left out.
    /// </summary>
    public static IEnumerable<Utterance> Distinct(IEnumerable<Utterance> utterances)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return utterances.Where(u => seen.Add(Normalize(u.Text)));
    }

    /// <summary>
    /// True when the normal form <paramref name="text"/> holds the normal form <paramref name="phrase"/> as whole
    /// words, in order and next to each other ("your service was bad" holds "bad", "service was"; not "ba"). How a
    /// negative user say filters its node out of a message, as on the platform (the engine, BF2013 and BF2017), and
    /// how a dictionary entity's variant is found. In a script written without spaces between words (Japanese,
    /// Chinese, Thai…) a word has no edge to see: where the phrase or the text beside it is in such a script, the
    /// phrase may stand against the text's letters ("ツインルームを予約したい" holds "ツインルーム", "SK204871です" holds
    /// "SK204871"; "予約SK204871" does not hold "SK20").
    /// </summary>
    /// <remarks>Asked for every example against every negative user say: it searches the text itself, allocating nothing.</remarks>
    public static bool Holds(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ' || Scripts.IsWithoutSpaces(text[at - 1]) || Scripts.IsWithoutSpaces(phrase[0]))
                && (end == text.Length || text[end] == ' ' || Scripts.IsWithoutSpaces(text[end]) || Scripts.IsWithoutSpaces(phrase[^1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a text has a letter or a digit (a word): not punctuation, symbols or emoji alone.</summary>
    public static bool HasWords(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower case (the Turkish dotted capital İ a plain i), punctuation and symbols dropped, runs of spaces made one:
    /// "Where is my order?" → "where is my order".
    /// </summary>
    /// <remarks>Runs for every utterance of the bot, so it writes into a buffer and returns the text itself when it is already normal.</remarks>
    public static string Normalize(string text) => Normalized(text, asPlatformWords: false);

    /// <summary>
    /// A text as the platform's dictionary detector reads it, its words apart by one space: lower-cased as Python's
    /// <c>str.lower</c> does it (İ is i and a combining dot above), and cut into words as its tokenizer (Lucene's
    /// standard one, Unicode's word boundaries, UAX #29) cuts them, so an apostrophe, a dot or a colon between two
    /// letters is inside a word ("ankara'ya", "l'adresse"), and so are a comma, a dot, a semicolon or an apostrophe
    /// between two digits ("1,200.50") and an underscore ("order_id"); other punctuation and symbols dropped, as
    /// <see cref="Normalize"/> drops them.
    /// </summary>
    public static string PlatformWords(string text) => Normalized(text, asPlatformWords: true);

    private static string Normalized(string text, bool asPlatformWords)
    {
        var source = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKC);
        char[]? rented = null;
        var size = source.Length * (asPlatformWords ? 2 : 1);   // İ is two characters to Python
        var buffer = size <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(size));
        var length = 0;
        var space = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c) || ((char.IsPunctuation(c) || char.IsSymbol(c)) && !(asPlatformWords && InWord(source, i))))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            if (c == '\u0130')
            {
                // The Turkish İ, which the invariant culture leaves as it is: Python's lower() gives i and a dot above.
                buffer[length++] = 'i';
                if (asPlatformWords)
                {
                    buffer[length++] = '\u0307';
                }
            }
            else
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var normal = buffer[..length];
        var result = normal.SequenceEqual(source) ? source : new string(normal);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The punctuation that is inside a word between two letters, by Unicode's word boundaries (<see cref="InWord"/>).</summary>
    public static readonly char[] WordJoiners = ['\'', '\u2019', '\u2018', '.', '\u2024', '\uFE52', ':', '\u00B7', '\u0387', '\u055F', '\u05F4', '\u2027', '\uFE13', '\uFE55'];

    /// <summary>
    /// Whether the punctuation at <paramref name="at"/> is inside a word by Unicode's word boundaries (UAX #29, rules
    /// WB6, WB7, WB11, WB12 and WB13): an underscore; an apostrophe, a dot or a colon (and their kin) with a letter
    /// before and after it; a comma, a dot, a semicolon or an apostrophe with a digit before and after it. Marks after
    /// the letter before do not count, and letters of the scripts written without spaces are not joined so.
    /// </summary>
    private static bool InWord(string text, int at)
    {
        if (char.GetUnicodeCategory(text[at]) == System.Globalization.UnicodeCategory.ConnectorPunctuation)
        {
            return true;
        }

        if (at == 0 || at + 1 >= text.Length)
        {
            return false;
        }

        var before = at - 1;
        while (before > 0 && char.GetUnicodeCategory(text[before]) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format)
        {
            before--;
        }

        static bool Letter(char c) => char.IsLetter(c) && !Scripts.IsWithoutSpaces(c);
        var (previous, next) = (text[before], text[at + 1]);
        return text[at] switch
        {
            '\'' or '\u2019' or '\u2018' or '.' or '\u2024' or '\uFE52' => (Letter(previous) && Letter(next)) || (char.IsDigit(previous) && char.IsDigit(next)),
            ':' or '\u00B7' or '\u0387' or '\u055F' or '\u05F4' or '\u2027' or '\uFE13' or '\uFE55' => Letter(previous) && Letter(next),
            ',' or ';' or '\u037E' or '\u0589' or '\u060C' or '\u060D' or '\u066C' or '\u07F8' or '\u2044' or '\uFE10' or '\uFE14' or '\uFE50' or '\uFE54' => char.IsDigit(previous) && char.IsDigit(next),
            _ => false,
        };
    }

    /// <summary>Where another utterance is, said from <paramref name="here"/>: "line 5", or "path:5" in another file.</summary>
    public static string Where(SourceLocation other, SourceLocation here) =>
        other.File == here.File ? $"line {other.Start.Line}" : $"{other.File.Path}:{other.Start.Line}";
}
