namespace BotForge.Text;

/// <summary>The channels a bot can be deployed to (the schema's list).</summary>
public static class Channels
{
    public static readonly IReadOnlyList<string> All = ["web", "android", "ios", "whatsapp", "facebook", "instagram", "telegram", "line", "gbm", "msteams", "api"];

    /// <summary>
    /// A channel name as written, or, for a name that is none (the schema's error, with the name it suggests:
    /// 'whatsap'), the channel meant, so a variant for it is not also said to be missing or never sent.
    /// </summary>
    public static string Meant(string written) =>
        All.Contains(written) ? written : Suggestions.Closest(written, All) ?? written;
}
