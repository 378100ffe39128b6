using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>
/// What binders share: the bot's languages, the symbol tables filled so far, the diagnostic sink, and the file being
/// bound. Syntax trees do not name their file (a tree is shared by every file with its text), so each binder pass
/// over a file says so first (<see cref="Enter"/>), and every location is made in that file (<see cref="At"/>).
/// </summary>
internal sealed class BindContext(DiagnosticBag diagnostics, IReadOnlyList<string> languages, IReadOnlyDictionary<string, string>? otherwise = null)
{
    private SourceFile? _file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The file whose tree is being bound.</summary>
    public SourceFile File => _file ?? throw new InvalidOperationException("no file is being bound");

    /// <summary>Binds what follows in <paramref name="file"/>: its tree's nodes are located there.</summary>
    public void Enter(SourceFile file) => _file = file;

    /// <summary>Where <paramref name="node"/>, a node of the file being bound, is written.</summary>
    public SourceLocation At(YamlNode node) => node.LocationIn(File);

    public IReadOnlyList<string> Languages { get; } = languages;

    public string DefaultLanguage => Languages[0];

    /// <summary>
    /// Keys of texts read as one of the bot's languages throughout, reported once at bot.languages rather than at each
    /// key: a language the bot declares and no text is written in, and the one the texts are written in instead ('ko'
    /// where bot.languages has 'kr' or 'ko-KR'), found by a first pass (<see cref="Binder"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> WrittenOtherwise { get; } = otherwise ?? new Dictionary<string, string>();

    /// <summary>How many texts are written in each of the bot's languages: under its key, or without keys (the default language's).</summary>
    public Dictionary<string, int> LanguagesWritten { get; } = new(StringComparer.Ordinal);

    /// <summary>What the texts and utterances bound so far hold that few bots' do (<see cref="Model.TextTraits"/>).</summary>
    public TextTraits TextTraits { get; private set; }

    /// <summary>Notes what <paramref name="text"/>, bound as a text or an utterance, holds (a pass over it while it is in the cache).</summary>
    public void Bound(string text)
    {
        if ((TextTraits & TextTraits.Blank) == 0 && string.IsNullOrWhiteSpace(text))
        {
            TextTraits |= TextTraits.Blank;
        }

        if ((TextTraits & TextTraits.FromSoftHyphenUp) == 0 && text.AsSpan().IndexOfAnyInRange('\u00AD', char.MaxValue) >= 0)
        {
            TextTraits |= TextTraits.FromSoftHyphenUp;
        }
    }

    /// <summary>An utterance (a user say, phrase, question, synonym or example), as written at <paramref name="scalar"/>.</summary>
    public Utterance Utterance(YamlScalar scalar)
    {
        Bound(scalar.Value);
        if ((TextTraits & TextTraits.MarkedUp) == 0 && (scalar.Value.Contains("](", StringComparison.Ordinal) || scalar.Value.Contains("]{", StringComparison.Ordinal)))
        {
            TextTraits |= TextTraits.MarkedUp;
        }

        return new Utterance(scalar.Value, At(scalar));
    }

    /// <summary>Counts a text written in <paramref name="language"/>, one of the bot's.</summary>
    public void Written(string language) => LanguagesWritten[language] = LanguagesWritten.GetValueOrDefault(language) + 1;

    /// <summary>Keys of texts shaped like a language code that are none of the bot's languages, each with where it is written, in order.</summary>
    public Dictionary<string, List<SourceLocation>> OtherLanguageKeys { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EntityDefinition> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EnvVariable> Env { get; } = new(StringComparer.Ordinal);

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>
    /// An address (a button's link, an image, an icon), sent as written: nothing fills a <c>${…}</c> placeholder in
    /// it, so one is reported (BF0206) where the user would get the placeholder itself.
    /// </summary>
    public string? Url(YamlNode? node)
    {
        var url = Str(node);
        if (url is not null && url.IndexOf("${", StringComparison.Ordinal) is >= 0 and var start)
        {
            var end = url.IndexOf('}', start);
            Report(BindingDiagnostics.PlaceholderNotAllowed(At(node!), end < 0 ? url[start..] : url[start..(end + 1)], "a URL",
                "a link, an image or an icon is sent as written, and nothing fills a placeholder in it: write the whole address"));
        }

        return url;
    }

    /// <summary>A name in lower case without its underscores, dashes and spaces, in ASCII letters ('RoomType', 'room_type': 'roomtype'; 'gоrod' with a Cyrillic о, 'şehir': 'gorod', 'sehir').</summary>
    private static string Loose(string name) => string.Concat(Identifiers.IdLetters(name).Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>Names of entities defined with a type that could not be read (the schema reports it): their uses are not reported as unknown too.</summary>
    public HashSet<string> UnreadEntities { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolves an entity name to a private definition or a public entity; reports unknown names.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="at">Where it is written.</param>
    /// <param name="idChecked">The schema checks the name is an id here (an entity use, a connection's entity), and reports one that is not (BF0104).</param>
    public EntityRef ResolveEntity(string name, SourceLocation at, bool idChecked = false)
    {
        if (Entities.TryGetValue(name, out var definition))
        {
            return new EntityRef(name, definition, IsPublic: false, at);
        }

        if (UnreadEntities.Contains(name) && !PublicEntities.Contains(name))
        {
            return new EntityRef(name, null, IsPublic: false, at);
        }

        if (PublicEntities.Contains(name))
        {
            return new EntityRef(name, null, IsPublic: true, at);
        }

        // Another platform's system entity (BF0104 names the public one: 'sys.date' is date) is that public entity.
        if (idChecked && SystemEntityNames.PublicFor(name) is { } other)
        {
            return new EntityRef(other, null, IsPublic: true, at);
        }

        // An entity defined under a name that is no id (BF0104: 'RoomType') is the one a use of its id means ('room_type').
        if (Entities.Values.FirstOrDefault(d => !Identifiers.IsLowerSnake(d.Name) && Loose(d.Name) == Loose(name)) is { } misnamed)
        {
            return new EntityRef(misnamed.Name, misnamed, IsPublic: false, at);
        }

        // A use written in capitals or CamelCase ('Date', 'RoomType') is the entity BF0104's hint names ('date',
        // 'room_type'), reported there once.
        if (idChecked && Identifiers.LowerSnakeOf(name) is { } id && (Entities.TryGetValue(id, out var written) || PublicEntities.Contains(id)))
        {
            return new EntityRef(id, written, IsPublic: written is null, at);
        }

        var meant = SystemEntityNames.PublicFor(name) ?? Suggestions.Closest(name, Entities.Keys.Concat(PublicEntities.Names));
        var reading = PublicEntities.ReadingNamed(name);
        Report(BindingDiagnostics.UnknownEntity(at, name, meant, reading switch
        {
            PublicReading.None => null,
            PublicReading.Date or PublicReading.Time => (reading.ToString().ToLowerInvariant(), PublicEntities.Read(reading), CanDefine: false),
            PublicReading.PersonName => ("name", PublicEntities.Read(reading), CanDefine: true),
            PublicReading.PhoneNumber => ("phone number", PublicEntities.Read(reading), CanDefine: true),
            _ => (reading.ToString().ToLowerInvariant(), PublicEntities.Read(reading), CanDefine: true),
        }));
        return new EntityRef(name, null, IsPublic: false, at) { Meant = meant };
    }

    public static string? Str(YamlNode? node) => node is YamlScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s ? s.Value : null;

    /// <summary>
    /// A boolean setting. YAML 1.1's words for true and false (<c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>) are text
    /// to YAML 1.2 and an error (the schema's, which says to write true or false), but are read as the author meant,
    /// so a node written <c>start: yes</c> is not also reported unreachable.
    /// </summary>
    public static bool Bool(YamlNode? node, bool fallback) => node switch
    {
        YamlScalar { Kind: ScalarKind.Boolean } s => ScalarTyping.AsBoolean(s),
        YamlScalar { Kind: ScalarKind.String } s when s.Value.ToLowerInvariant() is "yes" or "y" or "on" => true,
        YamlScalar { Kind: ScalarKind.String } s when s.Value.ToLowerInvariant() is "no" or "n" or "off" => false,
        _ => fallback,
    };

    /// <summary>
    /// The value of <paramref name="key"/>, or of a misspelt key the schema's error (BF0101) says is it ('promt': did
    /// you mean 'prompt'?), read as meant so that what follows (a mandatory entity without a prompt) is not reported too.
    /// </summary>
    /// <param name="map">The mapping.</param>
    /// <param name="key">The key.</param>
    /// <param name="known">Every key the mapping may have, among which the misspelling's closest is found.</param>
    public static YamlNode? Meant(YamlMapping map, string key, IReadOnlySet<string> known) => MeantEntry(map, key, known)?.Value;

    /// <summary>
    /// How to read a mapping's keys: as written, or, when it has a key it does not know (only then can a key be
    /// misspelt), each as <see cref="MeantEntry"/> reads it. The check for an unknown key is made once per mapping, not
    /// once for every key it lacks.
    /// </summary>
    public static Func<string, YamlEntry?> KeyReader(YamlMapping map, IReadOnlySet<string> known) =>
        HasUnknownKey(map, known) ? key => MeantEntry(map, key, known) : map.GetEntry;

    /// <summary>Whether a mapping has a key that is not one of <paramref name="known"/> (only then can a key be misspelt).</summary>
    private static bool HasUnknownKey(YamlMapping map, IReadOnlySet<string> known)
    {
        foreach (var entry in map.Entries)
        {
            if (!known.Contains(entry.Key.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entry of <see cref="Meant"/>: the key as written, and its value.</summary>
    public static YamlEntry? MeantEntry(YamlMapping map, string key, IReadOnlySet<string> known)
    {
        if (map.GetEntry(key) is { } written)
        {
            return written;
        }

        foreach (var entry in map.Entries)
        {
            if (!known.Contains(entry.Key.Value) && Suggestions.Closest(entry.Key.Value, known) == key)
            {
                return entry;
            }
        }

        return null;
    }

    public static IEnumerable<YamlNode> Items(YamlNode? node) => node is YamlSequence sequence ? sequence.Items : [];

    public static IEnumerable<YamlMapping> Mappings(YamlNode? node) => Items(node).OfType<YamlMapping>();

    /// <summary>Each mapping listed under <paramref name="key"/> in each file (whose root is a mapping), with its file.</summary>
    public static IEnumerable<(SourceFile File, YamlMapping Item)> Each(IEnumerable<SourceDocument> files, string key) =>
        files.SelectMany(document => document.Root is YamlMapping root ? Mappings(root[key]).Select(item => (document.File, item)) : []);
}
