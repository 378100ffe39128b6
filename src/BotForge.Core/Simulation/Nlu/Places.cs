using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// The places the engine knows for the platform's public entities <c>city</c>, <c>state</c> and <c>country</c>
/// (places.txt, embedded): every name of a place, and the other names it is known by, as its value. The platform's
/// detectors have larger lists of their own: a place missing here is not found.
/// </summary>
public sealed class Places
{
    private static readonly Lazy<IReadOnlyDictionary<PublicReading, Places>> Lists = new(Load);

    /// <summary>A place's names by their normal form (<see cref="UserSays.Normalize"/>), each with the place's value.</summary>
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The most words a name has.</summary>
    private int _longest;

    private Places()
    {
    }

    /// <summary>The list of places a public entity read as <paramref name="reading"/> names (City, State, Country); null for any other reading.</summary>
    public static Places? For(PublicReading reading) => Lists.Value.GetValueOrDefault(reading);

    /// <summary>
    /// The first place the message names, as whole words, case and punctuation ignored; at one word, the longest name
    /// there ("New Delhi" before "Delhi"). Its value is the place's name in use ("bombay": Mumbai).
    /// </summary>
    public EntityValue? Find(string message) => FindAll(message) is [var first, ..] ? first.Value : null;

    /// <summary>
    /// Every place the message names, in the order written (as <see cref="Find"/> reads the first), each with the
    /// words of the message's normal form before it and after the place before it.
    /// </summary>
    public List<(EntityValue Value, string Before)> FindAll(string message)
    {
        var words = UserSays.Normalize(message).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<(EntityValue Value, string Before)>();
        var after = 0;
        for (var start = 0; start < words.Length; start++)
        {
            for (var count = Math.Min(_longest, words.Length - start); count > 0; count--)
            {
                var name = string.Join(' ', words, start, count);
                if (_values.TryGetValue(name, out var value))
                {
                    found.Add((new EntityValue(value, name), string.Join(' ', words, after, start - after)));
                    after = start + count;
                    start = after - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Reads places.txt: a <c>[city]</c>, <c>[state]</c> or <c>[country]</c> line starts each list; then a place a line, <c>Name: other name, other name</c>.</summary>
    private static IReadOnlyDictionary<PublicReading, Places> Load()
    {
        using var stream = typeof(Places).Assembly.GetManifestResourceStream("nlu/places.txt")
            ?? throw new InvalidOperationException("places.txt is not embedded in BotForge.Core");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<PublicReading, Places>();
        Places? list = null;
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                lists[Enum.Parse<PublicReading>(line[1..^1], ignoreCase: true)] = list = new Places();
                continue;
            }

            if (list is null)
            {
                throw new InvalidOperationException($"places.txt: a place before any [kind]: {line}");
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var value = colon < 0 ? line : line[..colon].Trim();
            var others = colon < 0 ? [] : line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in others.Prepend(value))
            {
                var normal = UserSays.Normalize(name);
                if (!list._values.TryAdd(normal, value))
                {
                    throw new InvalidOperationException($"places.txt: '{name}' is a name of two places ({list._values[normal]}, {value})");
                }

                list._longest = Math.Max(list._longest, normal.Count(c => c == ' ') + 1);
            }
        }

        return lists;
    }
}
