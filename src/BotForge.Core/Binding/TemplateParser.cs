using System.Text;
using BotForge.Model;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>
/// Splits author text into literal parts and <c>${ns.key}</c> placeholders. The platform's own forms of two of
/// them, <c>%entitytag_NAME</c> and <c>%name</c>, are the same placeholders as <c>${entity.NAME}</c> and
/// <c>${user.full_name}</c> (what those compile to), so they are checked, shown by the engine and emitted alike.
/// </summary>
internal static class TemplateParser
{
    private const string EntityTag = "%entitytag_";

    private static readonly IReadOnlyDictionary<string, PlaceholderKind> Namespaces = PlaceholderNamespaces.ByName;

    /// <summary>The placeholder as the author wrote it: <c>%entitytag_x</c> or <c>%name</c> where that is the text at its place, else <c>${ns.key}</c>.</summary>
    public static string Written(PlaceholderPart placeholder)
    {
        var (start, end) = placeholder.Location.File.Clamp(placeholder.Location.Span);
        var source = placeholder.Location.File.Text.AsSpan(start, end - start);
        return placeholder switch
        {
            { Kind: PlaceholderKind.Entity } when source.SequenceEqual(EntityTag + placeholder.Key) => EntityTag + placeholder.Key,
            { Kind: PlaceholderKind.User, Key: "full_name" } when source.SequenceEqual("%name") => "%name",
            _ => $"${{{NamespaceOf(placeholder.Kind)}.{placeholder.Key}}}",
        };
    }

    /// <summary>The source-form name of a placeholder kind.</summary>
    public static string NamespaceOf(PlaceholderKind kind) => PlaceholderNamespaces.Of(kind);

    /// <summary>The longest escaped placeholder BF2019 looks at (a namespace, a dot and a key fit well within it).</summary>
    private const int MaxEscapedPlaceholder = 128;

    /// <summary>Parses a scalar's text (written in <paramref name="file"/>). Malformed placeholders are reported and kept as literal text.</summary>
    public static TextTemplate Parse(YamlScalar scalar, SourceFile file, Action<SourceLocation, string> malformed)
    {
        var text = scalar.Value;
        if (!text.Contains("${", StringComparison.Ordinal) && !text.Contains('%', StringComparison.Ordinal))
        {
            // No placeholder (nearly every text): one literal part, the text itself.
            return new TextTemplate(text, text.Length == 0 ? [] : [new LiteralPart(text)], scalar.LocationIn(file));
        }

        var parts = new List<TextPart>();
        List<string>? escaped = null;
        var nextClose = -2;
        var literal = new StringBuilder();
        var searchFrom = scalar.Span.Start;
        var i = 0;
        while (i < text.Length)
        {
            // `$$${` is a dollar sign before a placeholder (a price: `$$${output.amount}`); `$${` a literal `${`.
            if (text[i] == '$' && string.CompareOrdinal(text, i, "$$${", 0, 4) == 0)
            {
                literal.Append('$');
                i += 2;
                continue;
            }

            if (text[i] == '$' && i + 2 < text.Length && text[i + 1] == '$' && text[i + 2] == '{')
            {
                // A placeholder written as text this way is kept for BF2019 (most likely meant as a price). The next
                // '}' is looked for once per stretch of text, so many escapes and no '}' stay linear.
                if (nextClose != -1 && nextClose < i + 3)
                {
                    nextClose = text.IndexOf('}', i + 3);
                }

                var close = nextClose;
                if (close > 0 && close - i <= MaxEscapedPlaceholder && TryRead(text[(i + 3)..close], out _, out _))
                {
                    (escaped ??= []).Add(text[i..(close + 1)]);
                }

                literal.Append("${");
                i += 3;
                continue;
            }

            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                var raw = close < 0 ? text[i..] : text[i..(close + 1)];
                var location = Locate(scalar, file, raw, ref searchFrom);
                if (close >= 0 && TryRead(text[(i + 2)..close], out var kind, out var key))
                {
                    Flush(literal, parts);
                    parts.Add(new PlaceholderPart(kind, key, location));
                }
                else
                {
                    malformed(location, raw);
                    literal.Append(raw);
                }

                i += raw.Length;
                continue;
            }

            if (text[i] == '%' && PlatformPlaceholder(text, i) is var (platformKind, platformKey, length) && length > 0)
            {
                Flush(literal, parts);
                parts.Add(new PlaceholderPart(platformKind, platformKey, Locate(scalar, file, text.Substring(i, length), ref searchFrom)));
                i += length;
                continue;
            }

            literal.Append(text[i]);
            i++;
        }

        Flush(literal, parts);
        return new TextTemplate(text, parts, scalar.LocationIn(file)) { Escaped = escaped ?? [] };
    }

    /// <summary><c>%entitytag_NAME</c> or <c>%name</c> at <paramref name="at"/>: the placeholder and its length (0: neither).</summary>
    private static (PlaceholderKind Kind, string Key, int Length) PlatformPlaceholder(string text, int at)
    {
        static int WordEnd(string text, int from)
        {
            while (from < text.Length && (char.IsAsciiLetterOrDigit(text[from]) || text[from] == '_'))
            {
                from++;
            }

            return from;
        }

        if (string.CompareOrdinal(text, at, EntityTag, 0, EntityTag.Length) == 0)
        {
            var end = WordEnd(text, at + EntityTag.Length);
            return end > at + EntityTag.Length ? (PlaceholderKind.Entity, text[(at + EntityTag.Length)..end], end - at) : default;
        }

        return string.CompareOrdinal(text, at, "%name", 0, 5) == 0 && WordEnd(text, at + 1) == at + 5 ? (PlaceholderKind.User, "full_name", 5) : default;
    }

    /// <summary>
    /// For a malformed placeholder whose namespace is a typo of one (<c>${ouput.Name}</c>, <c>${Entity.email}</c>),
    /// the placeholder meant; else null.
    /// </summary>
    public static string? Meant(string raw)
    {
        if (!raw.StartsWith("${", StringComparison.Ordinal) || !raw.EndsWith('}'))
        {
            return null;
        }

        var inner = raw[2..^1];
        var dot = inner.IndexOf('.');
        return dot > 0 && Suggestions.Closest(inner[..dot], Namespaces.Keys) is { } ns && TryRead($"{ns}{inner[dot..]}", out _, out _)
            ? $"${{{ns}{inner[dot..]}}}"
            : null;
    }

    private static bool TryRead(string inner, out PlaceholderKind kind, out string key)
    {
        kind = default;
        key = string.Empty;
        var dot = inner.IndexOf('.');
        if (dot <= 0 || !Namespaces.TryGetValue(inner[..dot], out kind))
        {
            return false;
        }

        key = inner[(dot + 1)..];
        return key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    private static void Flush(StringBuilder literal, List<TextPart> parts)
    {
        if (literal.Length > 0)
        {
            parts.Add(new LiteralPart(literal.ToString()));
            literal.Clear();
        }
    }

    /// <summary>Finds the placeholder's own position in the file, so errors point inside the text.</summary>
    private static SourceLocation Locate(YamlScalar scalar, SourceFile file, string raw, ref int searchFrom)
    {
        var source = file.Text;
        var end = Math.Min(source.Length, Math.Max(scalar.Span.End, searchFrom));
        var found = end > searchFrom ? source.IndexOf(raw, searchFrom, end - searchFrom, StringComparison.Ordinal) : -1;
        if (found < 0)
        {
            return scalar.LocationIn(file);
        }

        searchFrom = found + raw.Length;
        return new SourceLocation(file, new TextSpan(found, found + raw.Length));
    }
}
