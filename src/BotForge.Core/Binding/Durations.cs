using System.Globalization;
using System.Text.RegularExpressions;

namespace BotForge.Binding;

/// <summary>Durations written like <c>45s</c>, <c>3m</c>, <c>1h</c> or <c>1m30s</c>.</summary>
internal static partial class Durations
{
    public static int? ToSeconds(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success || text.Length == 0)
        {
            return null;
        }

        long Part(int group) => match.Groups[group].Success ? long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var total = (Part(1) * 3600) + (Part(2) * 60) + Part(3);
        return total > int.MaxValue ? int.MaxValue : (int)total;
    }

    [GeneratedRegex("^(?:([0-9]{1,9})h)?(?:([0-9]{1,9})m)?(?:([0-9]{1,9})s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
