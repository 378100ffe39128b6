using BotForge.Text;

namespace BotForge.Model;

/// <summary>The whole bot after binding: one resolved semantic model.</summary>
public sealed record BotModel
{
    public required BotInfo Bot { get; init; }

    public required Business Business { get; init; }

    public IReadOnlyList<EnvVariable> Env { get; init; } = [];

    public SalesforceIntegration? Salesforce { get; init; }

    public Taskbox? Taskbox { get; init; }

    public IReadOnlyList<EntityDefinition> Entities { get; init; } = [];

    public IReadOnlyList<Story> Stories { get; init; } = [];

    public IReadOnlyList<FaqEntry> Faq { get; init; } = [];

    public LintSettings Lint { get; init; } = LintSettings.Default;

    /// <summary>The intent-detection threshold of botforge.yaml's <c>nlu:</c>, when set (the engine's default otherwise).</summary>
    public double? NluThreshold { get; init; }

    /// <summary>What binding noted in the texts and utterances: rules that look for something rare look only in a bot that has it.</summary>
    public TextTraits TextTraits { get; init; }

    public IEnumerable<Node> Nodes => Stories.SelectMany(s => s.SubStories).SelectMany(s => s.Nodes);

    /// <summary>The nodes by system name, the first of a name winning (a name used twice is a binding error already).</summary>
    public Dictionary<string, Node> NodesBySystemName()
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            nodes.TryAdd(node.SystemName, node);
        }

        return nodes;
    }
}

public sealed record BotInfo(string Id, string Name, string? Partner, string? Description, IReadOnlyList<string> Languages, SourceLocation Location)
{
    public string DefaultLanguage => Languages[0];

    /// <summary>A language code's language without its region, in lower case: 'pt' for pt-BR, 'en' for en and en-GB.</summary>
    public static string BaseLanguage(string code) => code.Split('-', '_')[0].ToLowerInvariant();

    /// <summary>The one language of <paramref name="languages"/> that is <paramref name="written"/> with or without its region, or with another ('es-MX' for 'es', 'en' for 'en-US'); null when none or several are.</summary>
    public static string? SameLanguageIn(IReadOnlyList<string> languages, string written) =>
        languages.Where(l => l != written && BaseLanguage(l) == BaseLanguage(written)).ToList() is [var one] ? one : null;

    /// <summary>
    /// The one language of <paramref name="languages"/> that <paramref name="written"/> means: the same language written
    /// another way (<see cref="SameLanguageIn"/>), or its country's code ('kr' for 'ko'); null when none or several are.
    /// </summary>
    public static string? MeantIn(IReadOnlyList<string> languages, string written) =>
        SameLanguageIn(languages, written)
        ?? (Text.LanguageNames.OfCountry(written) is { } country && languages.Where(l => BaseLanguage(l) == country.Code).ToList() is [var one] ? one : null);
}

public sealed record Business(bool HumanAssistance, bool SmallTalk, IReadOnlyList<string> Channels, LocalizedText? BotBreakMessage);

/// <summary>An env variable: a value per environment, or a secret supplied at deploy time.</summary>
public sealed record EnvVariable(string Name, bool Secret, string? Staging, string? Production, string? Description, SourceLocation Location)
{
    /// <summary>The longest value the platform stores for an env variable (BF1025; a secret's, at release).</summary>
    public const int MaxValueLength = 50;
}

/// <summary>The Salesforce ticketing integration's settings; values are templates over <c>${env.X}</c>.</summary>
public sealed record SalesforceIntegration(TextTemplate BaseUrl, TextTemplate Username, TextTemplate ClientId, TextTemplate PrivateKey, double TimeoutSeconds, SourceLocation Location)
{
    public const double DefaultTimeoutSeconds = 8;
}

public sealed record Taskbox(LocalizedText? Header, IReadOnlyList<TaskboxTask> Tasks, SourceLocation Location);

public sealed record TaskboxTask(LocalizedText Title, LocalizedText UserSays, string? Icon, bool Visible, SourceLocation Location);

public sealed record Story(string Id, IReadOnlyList<SubStory> SubStories);

/// <summary>A sub-story: one use case, one file. Nodes are filled in after the sub-story is created.</summary>
public sealed record SubStory(string StoryId, string Id, string Name, SourceFile File)
{
    public List<Node> Nodes { get; } = [];
}

public sealed record FaqEntry(string Id, UtteranceSet Questions, Response Answer, IReadOnlyList<LocalizedText> QuickReplies, FaqLink? Link, SourceLocation Location, SourceLocation IdLocation)
{
    /// <summary>The answer's messages as faq.csv holds them: its first variant's (BF1036 reports what it cannot hold).</summary>
    public IReadOnlyList<Message> CsvMessages => Answer.Variants.Count > 0 ? Answer.Variants[0].Messages : [];
}

public sealed record FaqLink(LocalizedText? Text, LocalizedText? Button, string Url);

/// <summary>Lint settings from botforge.yaml: level overrides by rule id or code, and the thresholds some rules take.</summary>
public sealed record LintSettings(IReadOnlyDictionary<string, LintLevel> Levels, int? MinUserSays, double? NearDuplicateSimilarity = null)
{
    public static readonly LintSettings Default = new(new Dictionary<string, LintLevel>(), null);
}

/// <summary>A level for one rule (error, warning, info, off) and where it is set.</summary>
public sealed record LintLevel(string Level, SourceLocation Location);

/// <summary>What a bot's texts and utterances hold that few bots' do, noted by binding as it reads each one.</summary>
[Flags]
public enum TextTraits
{
    None = 0,

    /// <summary>A text or utterance is blank ("", or only spaces): BF1042.</summary>
    Blank = 1,

    /// <summary>A text or utterance has a character at U+00AD or above, where every character BF2049 reports is (a bot written in ASCII has none).</summary>
    FromSoftHyphenUp = 2,

    /// <summary>An utterance has <c>](</c> or <c>]{</c>, as Rasa's entity mark-up writes (a patterns entity's examples do): BF2050.</summary>
    MarkedUp = 4,
}
