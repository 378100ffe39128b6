using BotForge.Model;

namespace BotForge.Binding;

/// <summary>Which placeholders a kind of text may contain.</summary>
internal sealed record PlaceholderScope(string Where, IReadOnlySet<PlaceholderKind> Allowed, bool OnlyFullName)
{
    /// <summary>What a node's bot says, prompts and replies may contain.</summary>
    public static readonly PlaceholderScope BotText = new("bot says",
        new HashSet<PlaceholderKind> { PlaceholderKind.Entity, PlaceholderKind.Output, PlaceholderKind.User, PlaceholderKind.UserDetails, PlaceholderKind.Conversation }, OnlyFullName: true);

    /// <summary>Action inputs are read by the generated script, which sees the whole event.</summary>
    public static readonly PlaceholderScope ActionInput = new("an action input",
        new HashSet<PlaceholderKind> { PlaceholderKind.Entity, PlaceholderKind.User, PlaceholderKind.UserDetails, PlaceholderKind.Conversation }, OnlyFullName: false);

    public static readonly PlaceholderScope Integration = new("an integration setting",
        new HashSet<PlaceholderKind> { PlaceholderKind.Env }, OnlyFullName: false);

    /// <summary>Texts outside any conversation context: FAQ, taskbox, bot-break message.</summary>
    public static readonly PlaceholderScope Global = new("text outside a node",
        new HashSet<PlaceholderKind> { PlaceholderKind.User }, OnlyFullName: true);
}
