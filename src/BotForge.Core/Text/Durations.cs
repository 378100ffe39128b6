using System.Globalization;
using System.Text.RegularExpressions;

namespace BotForge.Text;

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

    /// <summary>
    /// The duration meant by one written another way, in the form BotForge reads: "20 minutes", "2 min", "90 sec",
    /// "1 hour", "2M", "1.5m", "1m 30s", ISO 8601's "PT2M30S", "2:30" (minutes and seconds); null when none is clear.
    /// </summary>
    public static string? Meant(string text)
    {
        var written = text.Trim().ToLowerInvariant();
        if (written.StartsWith("pt", StringComparison.Ordinal))
        {
            written = written[2..];
        }

        double seconds;
        if (Clock().Match(written) is { Success: true } clock)
        {
            seconds = (int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var parts = Spelt().Matches(written);
            if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)).Replace(" ", string.Empty, StringComparison.Ordinal) != written.Replace(" ", string.Empty, StringComparison.Ordinal))
            {
                return null;
            }

            seconds = parts.Sum(p => double.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture) * p.Groups[2].Value[0] switch { 'h' => 3600, 'm' => 60, _ => 1 });
        }

        if (seconds <= 0 || seconds != Math.Floor(seconds) || seconds > 24 * 3600)
        {
            return null;
        }

        return Written((int)seconds);
    }

    /// <summary>A number of seconds as BotForge writes a duration: 90 → 1m30s, 120 → 2m, 45 → 45s.</summary>
    public static string Written(int seconds)
    {
        var (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
        return (h > 0 ? $"{h}h" : string.Empty) + (m > 0 ? $"{m}m" : string.Empty) + (s > 0 || seconds == 0 ? $"{s}s" : string.Empty);
    }

    [GeneratedRegex("^(?:([0-9]{1,9})h)?(?:([0-9]{1,9})m)?(?:([0-9]{1,9})s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>A number and a unit, spelt any common way: 20 minutes, 2 min, 90 sec, 1.5m, 1 hour.</summary>
    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?)\s*(h|hours?|hrs?|m|mins?|minutes?|s|secs?|seconds?)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Spelt();

    [GeneratedRegex("^([0-9]{1,3}):([0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
