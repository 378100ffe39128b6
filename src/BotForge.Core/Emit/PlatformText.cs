using System.Text;
using BotForge.Model;

namespace BotForge.Emit;

/// <summary>Renders author text in the platform's placeholder forms (docs/design/bundle.md lists them).</summary>
internal static class PlatformText
{
    public static string Render(TextTemplate template)
    {
        var builder = new StringBuilder();
        foreach (var part in template.Parts)
        {
            builder.Append(part switch
            {
                LiteralPart literal => literal.Text,
                PlaceholderPart { Kind: PlaceholderKind.Entity } p => "%entitytag_" + p.Key,
                PlaceholderPart { Kind: PlaceholderKind.Output } p => "%output_" + p.Key,
                PlaceholderPart { Kind: PlaceholderKind.User, Key: "full_name" } => "%name",
                PlaceholderPart { Kind: PlaceholderKind.User } p => "%user_" + p.Key,
                PlaceholderPart { Kind: PlaceholderKind.UserDetails } p => "%user_details_" + p.Key,
                PlaceholderPart { Kind: PlaceholderKind.Conversation } p => "%conversation_" + p.Key,
                PlaceholderPart { Kind: PlaceholderKind.Env } p => "${env." + p.Key + "}",
                _ => string.Empty,
            });
        }

        return builder.ToString();
    }

    /// <summary>The text in one language, falling back to the default language when a translation is missing.</summary>
    public static string In(LocalizedText text, string language) => text.In(language) is { } template ? Render(template) : string.Empty;

    /// <summary>Like <see cref="In(LocalizedText, string)"/> for an optional text: null stays null.</summary>
    public static string? InOrNull(LocalizedText? text, string language) => text is null ? null : In(text, language);
}
